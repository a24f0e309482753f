package de.lotse.web.admin;

import de.lotse.api.access.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's overview: what each role may, and the way to the accounts that hold them. */
@Controller
class AdminPageController {

    static final String VIEW = "admin/admin";

    @GetMapping("/admin")
    String overview(Model model) {
        model.addAttribute("roles", Role.values());
        return VIEW;
    }
}
