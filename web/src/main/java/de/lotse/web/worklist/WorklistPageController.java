package de.lotse.web.worklist;

import de.lotse.api.worklist.WorklistKind;
import de.lotse.api.worklist.WorklistPage;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The worklist: a counter per kind of item, each a link that shows only that kind, and the items
 * due today, earliest first, each leading to the participant. A coach sees the own participants'
 * items, a team lead or admin everyone's, filtered by coach. A filter value the page does not know
 * is ignored rather than answered with an error.
 */
@Controller
class WorklistPageController {

    static final String VIEW = "worklist/worklist";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    WorklistPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/worklist")
    String worklist(WorklistFilter filter, BindingResult ignoredUnknownValues, Model model) {
        var found = gateways.ask(filter.toQuery(currentCaller.get()), WorklistPage.class);
        var pages = Math.max(1, (found.total() + WorklistFilter.PAGE_SIZE - 1) / WorklistFilter.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("items", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("counts", found.counts());
        model.addAttribute("kinds", WorklistKind.values());
        model.addAttribute("pageIndex", filter.pageIndex());
        model.addAttribute("pages", pages);
        return VIEW;
    }
}
