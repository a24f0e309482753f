package de.lotse.web.caseload;

import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The caseload: a coach's own participants, everyone's for team leads, auditors and admins. The
 * filter form refreshes only the table through htmx; a filter value the page does not know is
 * ignored rather than answered with an error.
 */
@Controller
class CaseloadPageController {

    static final String VIEW = "caseload/caseload";
    static final String TABLE = VIEW + " :: table";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    CaseloadPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/caseload")
    String caseload(
            CaseloadFilter filter,
            BindingResult ignoredUnknownValues,
            Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        var found = gateways.ask(filter.toQuery(currentCaller.get()), CaseloadPage.class);
        var pages = Math.max(1, (found.total() + CaseloadFilter.PAGE_SIZE - 1) / CaseloadFilter.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("pageIndex", filter.pageIndex());
        model.addAttribute("pages", pages);
        model.addAttribute("statuses", ParticipantStatus.values());
        model.addAttribute("stages", Stage.values());
        return htmx != null ? TABLE : VIEW;
    }
}
