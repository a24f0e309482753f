package de.lotse.web.esf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.esf.ConsistencyCheck;
import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.api.esf.IndicatorRow;
import de.lotse.web.WebSlice;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ReportPageController.class)
@WebSlice
class ReportPageControllerTest {

    private static final EsfReport REPORT = new EsfReport(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            Instant.parse("2026-07-01T00:00:00Z"),
            List.of(
                    new IndicatorRow("EECO01", "total number of participants", 3, 2, 0, 5),
                    new IndicatorRow("EECR04", "in employment; upon leaving", 1, 0, 0, 1)),
            List.of(new ConsistencyCheck("EECO02+EECO04+EECO05=EECO01 (total)", true)));

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheIndicatorsTheChecksAndTheChartDataForThePeriodAskedFor() {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(REPORT));
        var page = mvc.get()
                .uri("/reports/esf?from=2026-01-01&to=2026-06-30&asOf=2026-07-01T00:00")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Teilnehmende insgesamt",
                        "Alle 1 Prüfungen erfüllt",
                        "\"labels\":[\"EECR04\"]",
                        "/reports/esf.csv?from=2026-01-01&amp;to=2026-06-30");
        var query = ArgumentCaptor.forClass(FindEsfReport.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().asOf()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(query.getValue().from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void servesTheTableAsTheApisSemicolonCsv() {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(REPORT));
        var csv = mvc.get()
                .uri("/reports/esf.csv")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(csv)
                .bodyText()
                .isEqualTo("\uFEFFcode;name;women;men;nonBinary;total\r\n"
                        + "EECO01;total number of participants;3;2;0;5\r\n"
                        + "EECR04;\"in employment; upon leaving\";1;0;0;1\r\n");
    }

    @Test
    void neutralisesANameASpreadsheetWouldRunAsAFormula() {
        var report = new EsfReport(
                null, null, REPORT.asOf(), List.of(new IndicatorRow("EECO01", "@SUM(A1:A9)", 1, 0, 0, 1)), List.of());
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(report));

        var csv = mvc.get()
                .uri("/reports/esf.csv")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();

        assertThat(csv).bodyText().endsWith("\r\nEECO01;'@SUM(A1:A9);1;0;0;1\r\n");
    }

    @Test
    void keepsCoachesOut() {
        assertThat(mvc.get().uri("/reports/esf").with(user("coach1").roles("COACH")))
                .hasStatus(403);
    }
}
