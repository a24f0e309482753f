package de.lotse.web.admin;

import de.lotse.api.operations.FindProjectionStatus;
import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.operations.ReplayProjection;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How far every read model has read the event stream (admins and evaluators), and, for admins,
 * rebuilding one from the first event while its old rows keep being served.
 */
@Controller
class ProjectionsPageController {

    static final String VIEW = "admin/projections";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    ProjectionsPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/admin/projections")
    String projections(Model model) {
        model.addAttribute(
                "projections",
                gateways.askForList(new FindProjectionStatus(currentCaller.get()), ProjectionStatus.class));
        return VIEW;
    }

    @PostMapping("/admin/projections/{name}/replay")
    String replay(@PathVariable String name, RedirectAttributes redirect) {
        var rejection = gateways.send(new ReplayProjection(name));
        rejection.ifPresentOrElse(
                r -> redirect.addFlashAttribute("rejection", r),
                () -> redirect.addFlashAttribute("notice", "notice.replayStarted"));
        return "redirect:/admin/projections";
    }
}
