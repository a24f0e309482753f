package de.lotse.web.pathways;

import de.lotse.api.pathways.FindPathwayReport;
import de.lotse.api.pathways.PathwayReport;
import de.lotse.api.pathways.RouteOutcome;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.pathways.BarChart.Figure;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.ReportPeriod;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pathway analytics for evaluators: the stage funnel and the routes as charts beside their
 * tables, then the cohorts by entry quarter and the referrals by area. A suppressed figure shows
 * as a dash. The charts are inline SVG drawn on the server, so the page needs no script.
 */
@Controller
class PathwayReportPageController {

    static final String VIEW = "pathways/report";
    /** The routes the chart shows, the largest first; the table lists them all. */
    static final int ROUTES_CHARTED = 8;

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final MessageSource messages;

    PathwayReportPageController(Gateways gateways, CurrentCaller currentCaller, MessageSource messages) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.messages = messages;
    }

    @GetMapping("/reports/pathways")
    String report(ReportPeriod period, BindingResult errors, Model model, Locale locale) {
        var asked = ReportPeriod.valid(period, errors);
        var report = gateways.ask(
                new FindPathwayReport(currentCaller.get(), asked.from(), asked.to(), asked.asOfInstant()),
                PathwayReport.class);
        model.addAttribute("period", period);
        model.addAttribute("report", report);
        model.addAttribute("funnel", funnel(report, locale));
        model.addAttribute("routeChart", routes(report, locale));
        model.addAttribute(
                "routeLabels",
                report.routes().stream().map(route -> route(route, locale)).toList());
        return VIEW;
    }

    private BarChart funnel(PathwayReport report, Locale locale) {
        return BarChart.of(
                report.stages(),
                stage -> text("stage." + stage.stage(), locale),
                stage -> List.of(
                        new Figure("bar-started", text("pathways.started", locale), stage.started()),
                        new Figure("bar-COMPLETED", text("pathways.completed", locale), stage.completed()),
                        new Figure("bar-CLOSED_AT_EXIT", text("pathways.closedAtExit", locale), stage.closedAtExit()),
                        new Figure("bar-ABORTED", text("pathways.aborted", locale), stage.aborted())),
                true);
    }

    private BarChart routes(PathwayReport report, Locale locale) {
        return BarChart.of(
                report.routes().stream().limit(ROUTES_CHARTED).toList(),
                route -> route(route, locale),
                route -> List.of(
                        new Figure("bar-participants", text("pathways.participants", locale), route.participants()),
                        new Figure("bar-exited", text("pathways.exited", locale), route.exited()),
                        new Figure(
                                "bar-employed",
                                text("pathways.employedUponLeaving", locale),
                                route.employedUponLeaving())),
                false);
    }

    /** A route as its stages in order, or the wording for participants who never started one. */
    private String route(RouteOutcome route, Locale locale) {
        if (route.route().isEmpty()) {
            return text("pathways.noStage", locale);
        }
        return route.route().stream()
                .map(stage -> text("stage." + stage, locale))
                .collect(Collectors.joining(" → "));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
