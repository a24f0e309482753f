package de.lotse.query.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

import de.lotse.api.access.Role;
import de.lotse.api.caseload.CaseloadEntry;
import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.platform.testing.ApiSecurity;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = CaseloadController.class,
        properties = {"spring.main.banner-mode=off"})
class CaseloadControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    @WithMockUser(username = "coach1", roles = "COACH")
    void asksForThePageWithTheCallerAndAnswersItsEntries() {
        var entry = new CaseloadEntry(
                "0b6f3a52-6a8e-4e4c-9a4f-1f7f0c3d2e10",
                "Elena Popescu",
                "coach1",
                ParticipantStatus.ACTIVE,
                LocalDate.of(2026, 1, 15),
                null,
                List.of(Stage.COACHING),
                false);
        doReturn(CompletableFuture.completedFuture(new CaseloadPage(List.of(entry), 1)))
                .when(queries)
                .query(any(), any(ResponseType.class));

        assertThat(mvc.get()
                        .uri("/api/caseload")
                        .param("status", "ACTIVE")
                        .param("stage", "COACHING")
                        .param("q", "pop"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [{"id": "0b6f3a52-6a8e-4e4c-9a4f-1f7f0c3d2e10", "displayName": "Elena Popescu",
                                    "coach": "coach1", "status": "ACTIVE", "entryDate": "2026-01-15",
                                    "exitDate": null, "activeStages": ["COACHING"], "followUpDue": false}],
                         "total": 1}""");
        var query = ArgumentCaptor.forClass(FindCaseload.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().caller().user()).isEqualTo("coach1");
        assertThat(query.getValue().caller().roles()).containsExactly(Role.COACH);
        assertThat(query.getValue())
                .extracting(
                        FindCaseload::status,
                        FindCaseload::stage,
                        FindCaseload::q,
                        FindCaseload::page,
                        FindCaseload::size)
                .containsExactly(ParticipantStatus.ACTIVE, Stage.COACHING, "pop", 0, 50);
    }

    @Test
    @WithMockUser(username = "lead", roles = "TEAM_LEAD")
    void rejectsAPageSizeOfZero() {
        assertThat(mvc.get().uri("/api/caseload").param("size", "0"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:lotse:problem:invalid-request", "status": 400,
                         "errors": [{"field": "size"}]}""");
    }

    @Test
    @WithMockUser(username = "lead", roles = "TEAM_LEAD")
    void rejectsAPageSizeAboveTwoHundredAndANegativePage() {
        assertThat(mvc.get().uri("/api/caseload").param("size", "201")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/caseload").param("page", "-1")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    @WithMockUser(username = "lead", roles = "TEAM_LEAD")
    void rejectsAnUnknownStatusOrStage() {
        assertThat(mvc.get().uri("/api/caseload").param("status", "GONE"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("status");
        assertThat(mvc.get().uri("/api/caseload").param("stage", "LUNCH"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("stage");
    }

    @Test
    void answers401WithoutCredentials() {
        assertThat(mvc.get().uri("/api/caseload"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:unauthenticated");
    }
}
