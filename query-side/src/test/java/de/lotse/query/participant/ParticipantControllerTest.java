package de.lotse.query.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

import de.lotse.api.access.Refusal;
import de.lotse.platform.testing.ApiSecurity;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = ParticipantController.class,
        properties = {"spring.main.banner-mode=off"})
@WithMockUser(username = "coach1", roles = "COACH")
class ParticipantControllerTest {

    private static final UUID ID = UUID.fromString("0b6f3a52-6a8e-4e4c-9a4f-1f7f0c3d2e10");

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    void answersAnUnknownParticipantWith404() {
        refuseWith(Refusal.unknownParticipant(ID));

        assertThat(mvc.get().uri("/api/participants/{id}", ID))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:lotse:problem:unknown-participant", "status": 404,
                         "detail": "No participant with id %s."}""".formatted(ID));
    }

    @Test
    void answersAParticipantOfAnotherCaseloadWith403() {
        refuseWith(Refusal.notYourCaseload(ID));

        assertThat(mvc.get().uri("/api/participants/{id}", ID))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:not-your-caseload");
    }

    @Test
    void answersAnIdThatIsNoUuidWith404() {
        assertThat(mvc.get().uri("/api/participants/not-a-uuid"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:unknown-participant");
    }

    private void refuseWith(Refusal refusal) {
        doReturn(CompletableFuture.failedFuture(new QueryExecutionException(refusal.detail(), null, refusal)))
                .when(queries)
                .query(any(), any(ResponseType.class));
    }
}
