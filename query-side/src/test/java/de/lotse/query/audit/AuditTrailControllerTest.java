package de.lotse.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;

import de.lotse.api.audit.AuditEntry;
import de.lotse.api.audit.AuditTrailPage;
import de.lotse.platform.testing.ApiSecurity;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = AuditTrailController.class,
        properties = {"spring.main.banner-mode=off"})
class AuditTrailControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void exportsTheTrailAsRfc4180CsvWithEveryFormulaNeutralised() {
        var entry = new AuditEntry(
                "0b5e2a8e-1111-4222-8333-944445555666",
                3,
                "StageStarted",
                Instant.parse("2026-01-20T10:00:00Z"),
                "=cmd|' /C calc'!A0",
                null,
                null,
                null,
                null,
                null);
        doReturn(CompletableFuture.completedFuture(new AuditTrailPage(List.of(entry), 1)))
                .when(queries)
                .query(any(), eq(AuditTrailPage.class));

        var result = mvc.get().uri("/api/audit/events.csv").exchange();

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(result)
                .bodyText()
                .isEqualTo(
                        "participantId,sequence,type,recordedAt,recordedBy,correlationId,causationId,hash,account,housingStream\r\n"
                                + "0b5e2a8e-1111-4222-8333-944445555666,3,StageStarted,2026-01-20T10:00:00Z,"
                                + "'=cmd|' /C calc'!A0,,,,,\r\n");
    }
}
