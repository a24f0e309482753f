package de.lotse.web.account;

import de.lotse.api.account.ApiTokenSummary;
import de.lotse.api.account.FindApiTokens;
import de.lotse.api.account.RevokeApiToken;
import de.lotse.platform.security.ApiTokens;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own API tokens: the list, a new one, and revoking one. Only the token's hash travels in
 * the command; the token itself reaches the page after the redirect as a flash attribute, so it
 * is shown exactly once and kept nowhere.
 */
@Controller
class TokensPageController {

    static final String VIEW = "account/tokens";
    private static final String TO_TOKENS = "redirect:/account/tokens";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    TokensPageController(Gateways gateways, CurrentCaller currentCaller, Clock clock) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String tokens(Model model) {
        model.addAttribute("newToken", TokenForm.blank());
        return page(model);
    }

    @PostMapping("/account/tokens")
    ModelAndView issue(
            @Valid @ModelAttribute("newToken") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(page(model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var token = ApiTokens.newToken();
        var command = form.toCommand(currentCaller.get().user(), ApiTokens.hashOf(token), clock.instant());
        var rejection = gateways.send(command);
        if (rejection.isPresent()) {
            model.addAttribute("rejection", rejection.get());
            model.addAttribute("rejectedForm", "newToken");
            return new ModelAndView(page(model), model.asMap(), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("issuedToken", token);
        redirect.addFlashAttribute("notice", "notice.tokenIssued");
        return new ModelAndView(TO_TOKENS);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        gateways.send(new RevokeApiToken(currentCaller.get().user(), id))
                .ifPresentOrElse(
                        rejection -> redirect.addFlashAttribute("rejection", rejection),
                        () -> redirect.addFlashAttribute("notice", "notice.tokenRevoked"));
        return TO_TOKENS;
    }

    private String page(Model model) {
        model.addAttribute(
                "tokens", gateways.askForList(new FindApiTokens(currentCaller.get()), ApiTokenSummary.class));
        return VIEW;
    }
}
