package de.lotse.web.account;

import de.lotse.api.account.AccountSummary;
import de.lotse.api.account.FindAccount;
import de.lotse.api.account.Secret;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.Passwords;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Rejection;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The change of one's own password: the forced first change after a one-time password, and any
 * later one. Every objection (the policy, the repetition, a wrong current password) is shown
 * beside its field. After a forced change the person goes on to their start page: the session
 * still holds the sign-in that required the change, but the UI's chain reads the account again on
 * the next request and drops that requirement.
 */
@Controller
class PasswordPageController {

    static final String VIEW = "account/password";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Passwords passwords;

    PasswordPageController(Gateways gateways, CurrentCaller currentCaller, Passwords passwords) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("passwordChange", PasswordForm.blank());
        return page(model, ownAccount());
    }

    @PostMapping("/account/password")
    ModelAndView change(
            @Valid @ModelAttribute("passwordChange") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var account = ownAccount();
        if (!errors.hasErrors()) {
            checkChoice(form, account.username(), errors);
        }
        var rejection =
                errors.hasErrors() ? Optional.<Rejection>empty() : gateways.send(form.toCommand(account.username()));
        rejection.filter(refused -> !refused.markOn(errors)).ifPresent(refused -> {
            model.addAttribute("rejection", refused);
            model.addAttribute("rejectedForm", "passwordChange");
        });
        if (errors.hasErrors() || rejection.isPresent()) {
            return new ModelAndView(page(model, account), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (account.mustChangePassword()) {
            return new ModelAndView("redirect:/");
        }
        redirect.addFlashAttribute("notice", "notice.passwordChanged");
        return new ModelAndView("redirect:/account/password");
    }

    private void checkChoice(PasswordForm form, String username, BindingResult errors) {
        objectionTo(form.chosen(), username)
                .ifPresent(
                        key -> errors.rejectValue("newPassword", key, new Object[] {Passwords.MINIMUM_LENGTH}, null));
        if (!form.repeatedAlike()) {
            errors.rejectValue("repeatedPassword", "password.mismatch");
        }
    }

    /**
     * The message key for the policy's objection. The policy words its objections for the API, in
     * English; the page names the same reason in the user's language, told apart by the two checks
     * that need no list of common passwords.
     */
    private Optional<String> objectionTo(Secret chosen, String username) {
        return passwords.objectionTo(chosen, username).map(objection -> {
            if (chosen.value().length() < Passwords.MINIMUM_LENGTH) {
                return "password.tooShort";
            }
            return chosen.value().equalsIgnoreCase(username) ? "password.isUsername" : "password.common";
        });
    }

    private AccountSummary ownAccount() {
        var caller = currentCaller.get();
        return gateways.ask(new FindAccount(caller, caller.user()), AccountSummary.class);
    }

    private static String page(Model model, AccountSummary account) {
        model.addAttribute("forced", account.mustChangePassword());
        model.addAttribute("minimumLength", Passwords.MINIMUM_LENGTH);
        return VIEW;
    }
}
