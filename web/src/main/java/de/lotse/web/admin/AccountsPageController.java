package de.lotse.web.admin;

import de.lotse.api.access.Role;
import de.lotse.api.account.AccountSummary;
import de.lotse.api.account.DisableAccount;
import de.lotse.api.account.EnableAccount;
import de.lotse.api.account.FindAccount;
import de.lotse.api.account.FindAccounts;
import de.lotse.api.account.ResetPassword;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.Passwords;
import de.lotse.web.system.FormPage;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's accounts: the list with a form to open one, and each account's page to
 * change its roles, disable or enable it, and reset its password. A one-time password travels to
 * the page after the redirect as a flash attribute, so it is shown exactly once and never stored.
 * A refused change (a taken user name, the last administrator) is shown in place of its form.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsPageController {

    static final String LIST_VIEW = "admin/accounts";
    static final String ACCOUNT_VIEW = "admin/account";
    private static final String TO_ACCOUNT = "redirect:/admin/accounts/{username}";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Passwords passwords;

    AccountsPageController(Gateways gateways, CurrentCaller currentCaller, Passwords passwords) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.passwords = passwords;
    }

    @GetMapping
    String accounts(Model model) {
        model.addAttribute("newAccount", AccountForm.blank());
        return list(model);
    }

    @PostMapping
    ModelAndView open(
            @Valid @ModelAttribute("newAccount") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(list(model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var oneTimePassword = passwords.oneTimePassword();
        var rejection = gateways.send(form.toCommand(oneTimePassword));
        if (rejection.isPresent()) {
            return FormPage.refused(rejection.get(), "newAccount", errors, model, list(model));
        }
        redirect.addAttribute("username", form.username());
        redirect.addFlashAttribute("oneTimePassword", oneTimePassword.value());
        redirect.addFlashAttribute("notice", "notice.accountOpened");
        return new ModelAndView(TO_ACCOUNT);
    }

    @GetMapping("/{username}")
    String account(@PathVariable String username, Model model) {
        var account = read(username);
        model.addAttribute("roleChange", new RolesForm(account.roles()));
        return show(account, model);
    }

    @PostMapping("/{username}/roles")
    ModelAndView changeRoles(
            @PathVariable String username,
            @Valid @ModelAttribute("roleChange") RolesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(show(read(username), model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var rejection = gateways.send(form.toCommand(username));
        if (rejection.isPresent()) {
            return FormPage.refused(rejection.get(), "roleChange", errors, model, show(read(username), model));
        }
        redirect.addFlashAttribute("notice", "notice.rolesChanged");
        return new ModelAndView(TO_ACCOUNT);
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        return changeState(gateways.send(new DisableAccount(username)), "notice.accountDisabled", redirect);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return changeState(gateways.send(new EnableAccount(username)), "notice.accountEnabled", redirect);
    }

    @PostMapping("/{username}/password-reset")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        var oneTimePassword = passwords.oneTimePassword();
        var rejection = gateways.send(new ResetPassword(username, oneTimePassword));
        if (rejection.isEmpty()) {
            redirect.addFlashAttribute("oneTimePassword", oneTimePassword.value());
        }
        return changeState(rejection, "notice.passwordReset", redirect);
    }

    private String changeState(Optional<Rejection> rejection, String notice, RedirectAttributes redirect) {
        rejection.ifPresentOrElse(
                refused -> {
                    redirect.addFlashAttribute("rejection", refused);
                    redirect.addFlashAttribute("rejectedForm", "state");
                },
                () -> redirect.addFlashAttribute("notice", notice));
        return TO_ACCOUNT;
    }

    private AccountSummary read(String username) {
        return gateways.ask(new FindAccount(currentCaller.get(), username), AccountSummary.class);
    }

    private String list(Model model) {
        model.addAttribute(
                "accounts", gateways.askForList(new FindAccounts(currentCaller.get()), AccountSummary.class));
        model.addAttribute("roles", Role.values());
        return LIST_VIEW;
    }

    private String show(AccountSummary account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        return ACCOUNT_VIEW;
    }
}
