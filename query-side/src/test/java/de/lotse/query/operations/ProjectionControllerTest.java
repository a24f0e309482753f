package de.lotse.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.operations.ReplayProjection;
import de.lotse.api.operations.ReplayRefusal;
import de.lotse.platform.testing.ApiSecurity;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
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
        controllers = ProjectionController.class,
        properties = {"spring.main.banner-mode=off"})
class ProjectionControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @MockitoBean
    private CommandGateway commands;

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void answersTheStatusOfEveryProjectionToAnEvaluator() {
        doReturn(CompletableFuture.completedFuture(List.of(
                        new ProjectionStatus(
                                "caseload",
                                40,
                                50,
                                0.8,
                                false,
                                null,
                                new ProjectionStatus.Stalled(
                                        Instant.parse("2026-11-25T08:00:00Z"), "PSQLException: ERROR: disk full"),
                                0,
                                new ProjectionStatus.RebuildFailed(
                                        Instant.parse("2026-11-25T07:00:00Z"), "PSQLException: ERROR: disk full")),
                        new ProjectionStatus(
                                "participant-view",
                                50,
                                50,
                                1.0,
                                true,
                                new ProjectionStatus.Rebuild(10, 0.2, 10),
                                null,
                                0,
                                null))))
                .when(queries)
                .query(any(), any(ResponseType.class));

        assertThat(mvc.get().uri("/api/admin/projections"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"name": "caseload", "position": 40, "head": 50, "progress": 0.8, "replaying": false,
                          "stalled": {"since": "2026-11-25T08:00:00Z", "error": "PSQLException: ERROR: disk full"},
                          "rebuildFailed": {"at": "2026-11-25T07:00:00Z", "error": "PSQLException: ERROR: disk full"}},
                         {"name": "participant-view", "position": 50, "head": 50, "progress": 1.0, "replaying": true,
                          "rebuild": {"position": 10, "progress": 0.2, "eventsApplied": 10}}]""");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void startsAReplayAndAnswers202() {
        assertThat(mvc.post().uri("/api/admin/projections/caseload/replay")).hasStatus(HttpStatus.ACCEPTED);

        verify(commands).sendAndWait(new ReplayProjection("caseload"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void answersAReplayOfAnUnknownProjectionWith404() {
        refuseWith(ReplayRefusal.unknown("nothing"));

        assertThat(mvc.post().uri("/api/admin/projections/nothing/replay"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:lotse:problem:unknown-projection", "status": 404}""");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void answersAReplayOfAProjectionBeingRebuiltWith409() {
        refuseWith(ReplayRefusal.alreadyReplaying("caseload"));

        assertThat(mvc.post().uri("/api/admin/projections/caseload/replay"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:lotse:problem:replay-running", "status": 409}""");
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void forbidsAnEvaluatorToReplay() {
        assertThat(mvc.post().uri("/api/admin/projections/caseload/replay"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:forbidden");
        verifyNoInteractions(commands);
    }

    @Test
    @WithMockUser(username = "coach1", roles = "COACH")
    void forbidsACoachTheStatus() {
        assertThat(mvc.get().uri("/api/admin/projections")).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(queries);
    }

    private void refuseWith(ReplayRefusal refusal) {
        doThrow(new CommandExecutionException(refusal.detail(), null, refusal))
                .when(commands)
                .sendAndWait(any());
    }
}
