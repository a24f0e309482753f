package de.lotse.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import de.lotse.api.access.Role;
import de.lotse.api.esf.ExportedParticipant;
import de.lotse.api.esf.FindParticipantExport;
import de.lotse.api.esf.NationalityGroup;
import de.lotse.api.esf.ParticipantExport;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.platform.testing.ApiSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = ExportController.class,
        properties = {"spring.main.banner-mode=off"})
class ExportControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void answersTheExportAsACsvDownload() {
        answer(participant("ab12"));

        var result = mvc.get().uri("/api/exports/participants.csv").exchange();

        assertThat(result)
                .hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participants.csv\"");
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        var lines = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\uFEFFpseudonym;gender;");
        assertThat(lines[1]).startsWith("ab12;NON_BINARY;30;EMPLOYED;5;EU;NO;NO;NO;NO;false;2026-02-01;");
        var query = ArgumentCaptor.forClass(FindParticipantExport.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().caller().roles()).containsExactly(Role.EVALUATOR);
    }

    @Test
    @WithMockUser(username = "lead", roles = "TEAM_LEAD")
    void refusesATeamLead() {
        assertThat(mvc.get().uri("/api/exports/participants.csv")).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(queries);
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void neutralisesAFieldASpreadsheetWouldRunAsAFormula() {
        answer(participant("-2+3"));

        var result = mvc.get().uri("/api/exports/participants.csv").exchange();

        var lines = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[1]).startsWith("'-2+3;NON_BINARY;30;EMPLOYED;5;");
    }

    private void answer(ExportedParticipant participant) {
        doReturn(CompletableFuture.completedFuture(new ParticipantExport(Instant.EPOCH, List.of(participant))))
                .when(queries)
                .query(any(), any(ResponseType.class));
    }

    private static ExportedParticipant participant(String pseudonym) {
        return new ExportedParticipant(
                pseudonym,
                Gender.NON_BINARY,
                30,
                LabourStatus.EMPLOYED,
                5,
                NationalityGroup.EU,
                Answer.NO,
                Answer.NO,
                Answer.NO,
                Answer.NO,
                false,
                LocalDate.of(2026, 2, 1),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
    }
}
