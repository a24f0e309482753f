package de.lotse.web.housing;

import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Every unit of the portfolio with its status, filtered by status and district. The filter form
 * refreshes only the table through htmx; a filter value the page does not know is ignored.
 */
@Controller
class UnitsPageController {

    static final String VIEW = "housing/units";
    static final String TABLE = VIEW + " :: table";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    UnitsPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/housing/units")
    String units(
            UnitsFilter filter,
            BindingResult ignoredUnknownValues,
            Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        var found = gateways.ask(filter.toQuery(currentCaller.get()), UnitPage.class);
        model.addAttribute("filter", filter);
        model.addAttribute("units", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("pageIndex", filter.pageIndex());
        model.addAttribute("pages", Math.max(1, (found.total() + UnitsFilter.PAGE_SIZE - 1) / UnitsFilter.PAGE_SIZE));
        model.addAttribute("statuses", UnitStatus.values());
        return htmx != null ? TABLE : VIEW;
    }
}
