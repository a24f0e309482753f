package de.lotse.web.housing;

import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.FindHousingReport;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingReport;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.ReportPeriod;
import de.lotse.web.system.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The housing report for evaluators and housing officers: the portfolio, renovation, occupancy
 * rights, offers, placements and sustainment for a period as of an instant, with bar charts of the
 * units by status, the offers' outcomes, the reasons of refusals and the units by holding.
 */
@Controller
class HousingReportPageController {

    static final String VIEW = "housing/report";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    HousingReportPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/reports/housing")
    String report(ReportPeriod period, BindingResult errors, Model model) {
        var asked = ReportPeriod.valid(period, errors);
        var query = new FindHousingReport(currentCaller.get(), asked.from(), asked.to(), asked.asOfInstant());
        var report = gateways.ask(query, HousingReport.class);
        model.addAttribute("period", period);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(report));
        return VIEW;
    }

    private List<BarChart> charts(HousingReport report) {
        var charts = new ArrayList<BarChart>();
        if (Viewer.of(currentCaller.get()).readsHousing()) {
            charts.add(unitsByStatus());
        }
        charts.add(offerOutcomes(report));
        charts.add(declineReasons(report));
        charts.add(unitsByHolding(report));
        return charts;
    }

    /**
     * The units by their status today, as the units list counts them. The report itself is of a
     * period as of an instant and holds no statuses, and evaluators, who read the report only, do
     * not see the units list, so they get the report's own charts.
     */
    private BarChart unitsByStatus() {
        var counts = new LinkedHashMap<String, Long>();
        for (var status : UnitStatus.values()) {
            var count = new FindUnits(currentCaller.get(), status, null, null, 0, 1);
            counts.put(
                    "unitStatus." + status, gateways.ask(count, UnitPage.class).total());
        }
        return BarChart.of("unitsByStatus", counts);
    }

    private static BarChart offerOutcomes(HousingReport report) {
        var offers = report.offers();
        var declined =
                offers.declined().values().stream().mapToLong(Long::longValue).sum();
        var answered = offers.accepted() + declined + offers.expired() + offers.withdrawn();
        var counts = new LinkedHashMap<String, Long>();
        counts.put("offerStatus.ACCEPTED", offers.accepted());
        counts.put("offerStatus.DECLINED", declined);
        counts.put("offerStatus.EXPIRED", offers.expired());
        counts.put("offerStatus.WITHDRAWN", offers.withdrawn());
        counts.put("offerStatus.OPEN", Math.max(0, offers.made() - answered));
        return BarChart.of("offerOutcomes", counts);
    }

    private static BarChart declineReasons(HousingReport report) {
        var counts = new LinkedHashMap<String, Long>();
        for (var reason : DeclineReason.values()) {
            counts.put("declineReason." + reason, report.offers().declined().getOrDefault(reason, 0L));
        }
        return BarChart.of("declineReasons", counts);
    }

    private static BarChart unitsByHolding(HousingReport report) {
        var counts = new LinkedHashMap<String, Long>();
        for (var holding : Holding.values()) {
            counts.put("holding." + holding, report.portfolio().byHolding().getOrDefault(holding, 0L));
        }
        return BarChart.of("unitsByHolding", counts);
    }
}
