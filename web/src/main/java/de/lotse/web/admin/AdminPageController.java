package de.lotse.web.admin;

import de.lotse.api.access.Role;
import de.lotse.web.system.DemoUserNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's overview: what each role may, and the demo users to try them with. */
@Controller
class AdminPageController {

    static final String VIEW = "admin/admin";

    @GetMapping("/admin")
    String overview(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("demoUsers", DemoUserNames.ALL);
        return VIEW;
    }
}
