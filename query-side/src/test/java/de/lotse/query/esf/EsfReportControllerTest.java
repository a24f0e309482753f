package de.lotse.query.esf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import de.lotse.api.access.Role;
import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.api.esf.IndicatorRow;
import de.lotse.platform.testing.ApiSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = EsfReportController.class,
        properties = {"spring.main.banner-mode=off"})
class EsfReportControllerTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void asksForTheReportOfThePeriodAsOfTheInstantAndAnswersItAsJson() {
        answer(report(FROM, TO));

        var json = assertThat(mvc.get()
                        .uri("/api/reports/esf")
                        .param("from", "2026-01-01")
                        .param("to", "2026-06-30")
                        .param("asOf", "2026-07-01T00:00:00Z"))
                .hasStatusOk()
                .bodyJson();
        json.isLenientlyEqualTo("""
                {"from": "2026-01-01", "to": "2026-06-30", "asOf": "2026-07-01T00:00:00Z"}""");
        json.extractingPath("$.indicators").asArray().hasSize(23);
        json.extractingPath("$.indicators[0]")
                .isEqualTo(Map.of(
                        "code",
                        "EECO01",
                        "name",
                        "total number of participants",
                        "women",
                        0,
                        "men",
                        0,
                        "nonBinary",
                        0,
                        "total",
                        0));
        json.extractingPath("$.checks[0]").isEqualTo(Map.of("rule", "EECO02+EECO04+EECO05=EECO01 (women)", "ok", true));
        var query = sentQuery();
        assertThat(query.caller().roles()).containsExactly(Role.EVALUATOR);
        assertThat(query)
                .extracting(FindEsfReport::from, FindEsfReport::to, FindEsfReport::asOf)
                .containsExactly(FROM, TO, AS_OF);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void leavesEveryParameterOutThatIsNotGiven() {
        answer(report(null, null));

        assertThat(mvc.get().uri("/api/reports/esf")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"from": null, "to": null, "asOf": "2026-07-01T00:00:00Z"}""");
        assertThat(sentQuery())
                .extracting(FindEsfReport::from, FindEsfReport::to, FindEsfReport::asOf)
                .containsExactly(null, null, null);
    }

    @Test
    @WithMockUser(username = "lead", roles = "TEAM_LEAD")
    void offersTheSameTableAsACsvDownloadForGermanSpreadsheets() {
        answer(report(FROM, TO));

        var result = mvc.get()
                .uri("/api/reports/esf.csv")
                .param("from", "2026-01-01")
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"esf-report.csv\"");
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        var body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        var lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(24);
        assertThat(lines[0]).isEqualTo("code;name;women;men;nonBinary;total");
        assertThat(lines[1]).isEqualTo("EECO01;total number of participants;0;0;0;0");
        assertThat(lines[23]).startsWith("EECR06;");
        assertThat(sentQuery().from()).isEqualTo(FROM);
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void neutralisesANameASpreadsheetWouldRunAsAFormula() {
        var row = new IndicatorRow("EECO01", "=HYPERLINK(\"http://evil\")", 1, 0, 0, 1);
        answer(new EsfReport(FROM, TO, AS_OF, List.of(row), List.of()));

        var result = mvc.get().uri("/api/reports/esf.csv").exchange();

        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .endsWith("\r\nEECO01;\"'=HYPERLINK(\"\"http://evil\"\")\";1;0;0;1\r\n");
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThat(mvc.get().uri("/api/reports/esf").param("from", "2026-07-01").param("to", "2026-06-30"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:lotse:problem:invalid-request", "status": 400,
                         "errors": [{"field": "from", "message": "must not be after to"}]}""");
        assertThat(mvc.get()
                        .uri("/api/reports/esf.csv")
                        .param("from", "2026-07-01")
                        .param("to", "2026-06-30"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        verifyNoInteractions(queries);
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void refusesADateOrInstantThatDoesNotParse() {
        assertThat(mvc.get().uri("/api/reports/esf").param("to", "2026-02-30"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("to");
        assertThat(mvc.get().uri("/api/reports/esf").param("asOf", "2026-07-01"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("asOf");
        verifyNoInteractions(queries);
    }

    @Test
    @WithMockUser(username = "coach1", roles = "COACH")
    void refusesACoach() {
        assertThat(mvc.get().uri("/api/reports/esf")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/reports/esf.csv")).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(queries);
    }

    private void answer(EsfReport report) {
        doReturn(CompletableFuture.completedFuture(report)).when(queries).query(any(), any(ResponseType.class));
    }

    private FindEsfReport sentQuery() {
        var query = ArgumentCaptor.forClass(FindEsfReport.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }

    private static EsfReport report(@Nullable LocalDate from, @Nullable LocalDate to) {
        var rows = new EsfTally(new ReportingPeriod(from, to)).rows();
        return new EsfReport(from, to, AS_OF, rows, EsfChecks.of(rows));
    }
}
