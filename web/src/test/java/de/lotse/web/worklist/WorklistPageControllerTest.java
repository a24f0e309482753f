package de.lotse.web.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.worklist.FindWorklist;
import de.lotse.api.worklist.WorklistItem;
import de.lotse.api.worklist.WorklistKind;
import de.lotse.api.worklist.WorklistPage;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(WorklistPageController.class)
@WebSlice
class WorklistPageControllerTest {

    private static final WorklistItem REFERRAL = new WorklistItem(
            Participants.ID,
            "Elena Popescu",
            "coach1",
            WorklistKind.REFERRAL_OPEN,
            LocalDate.of(2026, 2, 15),
            "HEALTH: Gesundheitsamt Dortmund");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheCountsPerKindAndTheItemsLinkedToTheParticipant() {
        answer(new WorklistPage(
                List.of(REFERRAL), 3, Map.of(WorklistKind.REFERRAL_OPEN, 1L, WorklistKind.NO_STEP, 2L)));

        var page =
                mvc.get().uri("/worklist").with(user("coach1").roles("COACH")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "<html lang=\"de\"",
                        "Arbeitsliste",
                        "Vermittlung offen",
                        "Kein Schritt seit 60 Tagen",
                        "href=\"/worklist?kind=REFERRAL_OPEN&amp;coach=\"",
                        "3 fällige Aufgaben",
                        "href=\"/participants/" + Participants.ID + "\"",
                        "15.02.2026",
                        "HEALTH: Gesundheitsamt Dortmund")
                .doesNotContain("id=\"filter-coach\"");
    }

    @Test
    void speaksEnglishAndPassesTheKindAndCoachOnForATeamLead() {
        answer(new WorklistPage(List.of(), 0, Map.of()));

        var page = mvc.get()
                .uri("/worklist?kind=FOLLOW_UP_DUE&coach=coach2&page=1&lang=en")
                .with(user("lead").roles("TEAM_LEAD"))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Worklist", "Nothing is due today.", "id=\"filter-coach\"");
        var query = ArgumentCaptor.forClass(FindWorklist.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().kind()).isEqualTo(WorklistKind.FOLLOW_UP_DUE);
        assertThat(query.getValue().coach()).isEqualTo("coach2");
        assertThat(query.getValue().page()).isEqualTo(1);
    }

    @Test
    void ignoresAKindItDoesNotKnow() {
        answer(new WorklistPage(List.of(), 0, Map.of()));

        var page = mvc.get()
                .uri("/worklist?kind=NONSENSE")
                .with(user("coach1").roles("COACH"))
                .exchange();

        assertThat(page).hasStatusOk();
    }

    @Test
    void isClosedToEvaluators() {
        var page = mvc.get()
                .uri("/worklist")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();

        assertThat(page).hasStatus(403);
    }

    @Test
    void isTheCoachsStartPage() {
        var start = mvc.get().uri("/").with(user("coach1").roles("COACH")).exchange();

        assertThat(start).hasStatus3xxRedirection().hasRedirectedUrl("/worklist");
    }

    private void answer(WorklistPage page) {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(page));
    }
}
