package de.lotse.web.admin;

import de.lotse.api.operations.EvictParkedEvents;
import de.lotse.api.operations.FindParkedEvents;
import de.lotse.api.operations.ParkedEvent;
import de.lotse.api.operations.RetryParkedEvents;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Rejection;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The events the read models have parked, by read model and participant (admins): a parked
 * participant's events of that read model are applied again once the cause is fixed, or dropped.
 */
@Controller
class ParkedEventsPageController {

    static final String VIEW = "admin/parked-events";
    private static final String BACK = "redirect:/admin/parked-events";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    ParkedEventsPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/admin/parked-events")
    String parkedEvents(Model model) {
        model.addAttribute(
                "parkedEvents", gateways.askForList(new FindParkedEvents(currentCaller.get()), ParkedEvent.class));
        return VIEW;
    }

    @PostMapping("/admin/parked-events/{readModel}/{participantId}/retry")
    String retry(@PathVariable String readModel, @PathVariable String participantId, RedirectAttributes redirect) {
        return answered(
                gateways.send(new RetryParkedEvents(readModel, participantId)), "notice.parkedRetried", redirect);
    }

    @PostMapping("/admin/parked-events/{readModel}/{participantId}/evict")
    String evict(@PathVariable String readModel, @PathVariable String participantId, RedirectAttributes redirect) {
        return answered(
                gateways.send(new EvictParkedEvents(readModel, participantId)), "notice.parkedEvicted", redirect);
    }

    private static String answered(Optional<Rejection> rejection, String notice, RedirectAttributes redirect) {
        rejection.ifPresentOrElse(
                r -> redirect.addFlashAttribute("rejection", r), () -> redirect.addFlashAttribute("notice", notice));
        return BACK;
    }
}
