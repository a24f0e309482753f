package de.lotse.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

import de.lotse.api.audit.HistoryEntry;
import de.lotse.api.audit.ParticipantHistory;
import de.lotse.platform.testing.ApiSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = AuditController.class,
        properties = {"spring.main.banner-mode=off"})
class AuditControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void answersTheTrailAsABareArrayWithEachPayloadAsJson() {
        var entry = new HistoryEntry(
                0,
                "StageStarted",
                Instant.parse("2026-01-20T10:00:00Z"),
                "coach1",
                "{\"stage\":\"COACHING\",\"startDate\":\"2026-01-20\"}",
                null);
        doReturn(CompletableFuture.completedFuture(new ParticipantHistory(List.of(entry))))
                .when(queries)
                .query(any(), any(ResponseType.class));

        assertThat(mvc.get().uri("/api/participants/{id}/history", UUID.randomUUID()))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("""
                        [{"sequence": 0, "type": "StageStarted", "recordedAt": "2026-01-20T10:00:00Z",
                          "recordedBy": "coach1", "payload": {"stage": "COACHING", "startDate": "2026-01-20"},
                          "hash": null}]""");
    }
}
