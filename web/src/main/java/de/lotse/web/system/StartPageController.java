package de.lotse.web.system;

import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.SignInProperties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page, and the start page each role lands on after it. */
@Controller
class StartPageController {

    static final String LOGIN_VIEW = "login/login";
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,9}");

    private final CurrentCaller currentCaller;
    private final boolean localSignIn;
    private final boolean providerSignIn;

    StartPageController(
            CurrentCaller currentCaller, SignInProperties signIn, ObjectProvider<ProviderLogin> providerLogin) {
        this.currentCaller = currentCaller;
        this.localSignIn = signIn.localSignIn();
        this.providerSignIn = providerLogin.getIfAvailable() != null;
    }

    /**
     * The login form, telling why one is here: a failed or paused sign-in ({@code blocked} the
     * seconds to wait), a log-out, or an account disabled meanwhile, whose session the UI's chain
     * ended and forwarded here with a 401.
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "blocked", required = false) @Nullable String blocked, Model model) {
        if (blocked != null && SECONDS.matcher(blocked).matches()) {
            model.addAttribute("blockedSeconds", Long.parseLong(blocked));
        }
        model.addAttribute("localSignIn", localSignIn);
        model.addAttribute("providerSignIn", providerSignIn);
        return LOGIN_VIEW;
    }

    @GetMapping("/")
    String start() {
        var viewer = Viewer.of(currentCaller.get());
        if (viewer.readsWorklist() && !viewer.seesEveryParticipant()) {
            return "redirect:/worklist";
        }
        if (viewer.readsParticipants()) {
            return "redirect:/caseload";
        }
        if (viewer.readsReports()) {
            return "redirect:/reports/esf";
        }
        if (viewer.readsHousing()) {
            return "redirect:/housing/units";
        }
        if (viewer.readsHousingReport()) {
            return "redirect:/reports/housing";
        }
        return "redirect:/account/tokens";
    }
}
