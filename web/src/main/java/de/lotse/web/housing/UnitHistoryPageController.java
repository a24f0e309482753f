package de.lotse.web.housing;

import de.lotse.api.housing.FindUnit;
import de.lotse.api.housing.FindUnitHistory;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitHistory;
import de.lotse.api.housing.UnitId;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A unit's every stored event in stream order, as a participant's history shows them: what was
 * recorded, when, by whom, and the hash that chains it to the one before.
 */
@Controller
class UnitHistoryPageController {

    static final String VIEW = "housing/history";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    UnitHistoryPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/housing/units/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        var unit = new UnitId(id);
        var caller = currentCaller.get();
        model.addAttribute("history", gateways.ask(new FindUnitHistory(caller, unit), UnitHistory.class));
        model.addAttribute("unit", gateways.ask(new FindUnit(caller, unit), UnitDetail.class));
        return VIEW;
    }
}
