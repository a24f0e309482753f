package de.lotse.web.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.caseload.CaseloadEntry;
import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CaseloadPageController.class)
@WebSlice
class CaseloadPageControllerTest {

    private static final CaseloadEntry ELENA = new CaseloadEntry(
            Participants.ID,
            "Elena Popescu",
            "coach1",
            ParticipantStatus.ACTIVE,
            Participants.ENTRY,
            null,
            List.of(Stage.COACHING),
            false);
    private static final CaseloadEntry IOANA = new CaseloadEntry(
            "6f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c01",
            "Ioana Marin",
            "coach1",
            ParticipantStatus.EXITED,
            Participants.ENTRY,
            LocalDate.of(2026, 3, 1),
            List.of(),
            true);

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void listsTheCaseloadWithItsFilters() {
        answer(new CaseloadPage(List.of(ELENA, IOANA), 2));
        var page =
                mvc.get().uri("/caseload").with(user("coach1").roles("COACH")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "<html lang=\"de\"",
                        "Fallübersicht",
                        "for=\"filter-q\"",
                        "2 Personen",
                        "href=\"/participants/" + Participants.ID + "\"",
                        "15.01.2026",
                        "fällig");
    }

    @Test
    void answersHtmxWithTheTableAloneAndPassesTheFiltersOn() {
        answer(new CaseloadPage(List.of(ELENA), 41));
        var table = mvc.get()
                .uri("/caseload?status=ACTIVE&followUpDue=true&q=pop&page=2&stage=COACHING")
                .header("HX-Request", "true")
                .with(user("coach1").roles("COACH"))
                .exchange();
        assertThat(table).hasStatusOk();
        assertThat(table)
                .bodyText()
                .startsWith("<div id=\"caseload-table\"")
                .contains("Elena Popescu", "41 Personen")
                .doesNotContain("<html");
        var query = ArgumentCaptor.forClass(FindCaseload.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().status()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(query.getValue().stage()).isEqualTo(Stage.COACHING);
        assertThat(query.getValue().followUpDue()).isTrue();
        assertThat(query.getValue().q()).isEqualTo("pop");
        assertThat(query.getValue().page()).isEqualTo(2);
        assertThat(query.getValue().caller().user()).isEqualTo("coach1");
    }

    @Test
    void ignoresAFilterValueItDoesNotKnow() {
        answer(new CaseloadPage(List.of(), 0));
        var page = mvc.get()
                .uri("/caseload?status=RETIRED")
                .with(user("lead").roles("TEAM_LEAD"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Keine Personen gefunden.", "for=\"filter-coach\"");
    }

    @Test
    void keepsEvaluatorsOut() {
        assertThat(mvc.get().uri("/caseload").with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
    }

    @Test
    void showsTheUnavailablePageWhileTheDatabaseIsDown() {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.failedFuture(
                        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")));
        var page =
                mvc.get().uri("/caseload").with(user("coach1").roles("COACH")).exchange();
        assertThat(page).hasStatus(503);
        assertThat(page).headers().containsHeader("Retry-After");
        assertThat(page).bodyText().contains("Vorübergehend nicht erreichbar").doesNotContain("Exception");
    }

    private void answer(CaseloadPage page) {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(page));
    }
}
