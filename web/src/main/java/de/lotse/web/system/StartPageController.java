package de.lotse.web.system;

import de.lotse.platform.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page each role lands on after it. */
@Controller
class StartPageController {

    static final String LOGIN_VIEW = "login/login";

    private final CurrentCaller currentCaller;

    StartPageController(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }

    @GetMapping("/")
    String start() {
        var viewer = Viewer.of(currentCaller.get());
        if (viewer.readsParticipants()) {
            return "redirect:/caseload";
        }
        if (viewer.readsReports()) {
            return "redirect:/reports/esf";
        }
        return "redirect:/login?logout";
    }
}
