package de.lotse.web.housing;

import de.lotse.api.housing.FindOccupancyRights;
import de.lotse.api.housing.OccupancyRightEntry;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register of occupancy rights, soonest ending first. A right that ends within 90 days is
 * marked, since the housing office must be asked for a new one before the unit drops out of
 * the programme's reach; the form narrows the list to the rights ending within some days.
 */
@Controller
class RightsPageController {

    static final String VIEW = "housing/rights";
    static final int SOON_DAYS = 90;

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    RightsPageController(Gateways gateways, CurrentCaller currentCaller, Clock clock) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    /** One right of the register, marked when it ends soon. */
    record Row(OccupancyRightEntry right, boolean endingSoon) {}

    @GetMapping("/housing/occupancy-rights")
    String rights(@RequestParam(required = false) @Nullable Integer expiringWithinDays, Model model) {
        var within = expiringWithinDays == null || expiringWithinDays < 0 ? null : expiringWithinDays;
        var today = LocalDate.now(clock);
        var soon = today.plusDays(SOON_DAYS);
        var rows =
                gateways
                        .askForList(new FindOccupancyRights(currentCaller.get(), within), OccupancyRightEntry.class)
                        .stream()
                        .map(right -> new Row(
                                right,
                                !right.validUntil().isBefore(today)
                                        && !right.validUntil().isAfter(soon)))
                        .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("soonCount", rows.stream().filter(Row::endingSoon).count());
        model.addAttribute("soonDays", SOON_DAYS);
        model.addAttribute("expiringWithinDays", within);
        return VIEW;
    }
}
