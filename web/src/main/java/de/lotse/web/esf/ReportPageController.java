package de.lotse.web.esf;

import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.api.esf.IndicatorRow;
import de.lotse.platform.csv.IndicatorCsv;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.ReportPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ESF+ report for evaluators: indicator table, consistency checks, a chart of the result
 * indicators, and the table as CSV. The CSV is served here from the same query as the page, since
 * the API's CSV route asks for HTTP Basic, which a browser session does not send.
 */
@Controller
class ReportPageController {

    static final String VIEW = "esf/report";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final JsonMapper json;

    ReportPageController(Gateways gateways, CurrentCaller currentCaller, JsonMapper json) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.json = json;
    }

    @GetMapping("/reports/esf")
    String report(ReportPeriod period, BindingResult errors, Model model) {
        var report = gateways.ask(query(ReportPeriod.valid(period, errors)), EsfReport.class);
        model.addAttribute("period", period);
        model.addAttribute("report", report);
        model.addAttribute("chart", json.writeValueAsString(chartOf(report)));
        return VIEW;
    }

    @GetMapping("/reports/esf.csv")
    ResponseEntity<byte[]> csv(ReportPeriod period, BindingResult errors) throws IOException {
        var report = gateways.ask(query(ReportPeriod.valid(period, errors)), EsfReport.class);
        var csv = new ByteArrayOutputStream();
        IndicatorCsv.write(report, csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"esf-report.csv\"")
                .body(csv.toByteArray());
    }

    private FindEsfReport query(ReportPeriod period) {
        return new FindEsfReport(currentCaller.get(), period.from(), period.to(), period.asOfInstant());
    }

    /** The result indicators (EECR) per gender column, as the chart script reads them. */
    private static Map<String, Object> chartOf(EsfReport report) {
        var results = report.indicators().stream()
                .filter(row -> row.code().startsWith("EECR"))
                .toList();
        return Map.of(
                "labels", results.stream().map(IndicatorRow::code).toList(),
                "women", results.stream().map(IndicatorRow::women).toList(),
                "men", results.stream().map(IndicatorRow::men).toList(),
                "nonBinary", results.stream().map(IndicatorRow::nonBinary).toList());
    }
}
