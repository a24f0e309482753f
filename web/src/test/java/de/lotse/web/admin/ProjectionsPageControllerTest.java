package de.lotse.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.operations.ProjectionStatus;
import de.lotse.web.WebSlice;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ProjectionsPageController.class)
@WebSlice
class ProjectionsPageControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsARebuildInProgressAStalledReadModelAndAFailedRebuildWithTheirErrors() {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(
                        new ProjectionStatus(
                                "caseload",
                                40,
                                50,
                                0.8,
                                false,
                                null,
                                new ProjectionStatus.Stalled(
                                        Instant.parse("2026-11-25T08:15:00Z"), "PSQLException: ERROR: disk full"),
                                0,
                                null),
                        new ProjectionStatus(
                                "participant-view",
                                50,
                                50,
                                1.0,
                                true,
                                new ProjectionStatus.Rebuild(10, 0.2, 10),
                                null,
                                0,
                                null),
                        new ProjectionStatus(
                                "audit-trail",
                                50,
                                50,
                                1.0,
                                false,
                                null,
                                null,
                                0,
                                new ProjectionStatus.RebuildFailed(
                                        Instant.parse("2026-11-25T07:30:00Z"),
                                        "PSQLException: ERROR: relation \"audit_trail\" does not exist")))));

        var page = mvc.get()
                .uri("/admin/projections")
                .with(user("admin").roles("ADMIN"))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Steht seit 25.11.2026 08:15:00 UTC",
                        "PSQLException: ERROR: disk full",
                        "wird neu aufgebaut",
                        "Neuaufbau bei 20",
                        "10 Ereignisse angewandt",
                        "Neuaufbau vom 25.11.2026 07:30:00 UTC fehlgeschlagen",
                        "relation &quot;audit_trail&quot; does not exist");
    }
}
