package de.lotse.web.system;

import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.SignInProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page each role lands on after it. */
@Controller
class StartPageController {

    static final String LOGIN_VIEW = "login/login";

    private final CurrentCaller currentCaller;
    private final boolean localSignIn;
    private final boolean providerSignIn;

    StartPageController(
            CurrentCaller currentCaller, SignInProperties signIn, ObjectProvider<ProviderLogin> providerLogin) {
        this.currentCaller = currentCaller;
        this.localSignIn = signIn.localSignIn();
        this.providerSignIn = providerLogin.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("localSignIn", localSignIn);
        model.addAttribute("providerSignIn", providerSignIn);
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
