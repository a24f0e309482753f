package de.lotse.web.provider;

import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.support.ReferralArea;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.CatchUp;
import de.lotse.web.system.FormPage;
import de.lotse.web.system.Gateways;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider directory as coaches pick from it when they refer someone, by name and, if asked,
 * only the providers of one area; team leads and admins list new providers here. The query side
 * decides who may read and the command side who may list, as for the API.
 */
@Controller
class ProvidersPageController {

    static final String VIEW = "provider/providers";
    private static final String FORM = "newProvider";

    private final Gateways gateways;
    private final CatchUp catchUp;
    private final CurrentCaller currentCaller;

    ProvidersPageController(Gateways gateways, CatchUp catchUp, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.catchUp = catchUp;
        this.currentCaller = currentCaller;
    }

    /** A row of the directory, its languages named in the reader's language. */
    record ProviderRow(String name, List<ReferralArea> areas, String address, String languages) {

        static ProviderRow of(ProviderEntry entry, Locale locale) {
            return new ProviderRow(
                    entry.name(),
                    entry.areas(),
                    entry.address(),
                    entry.languages().stream()
                            .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale) + " (" + code + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    @GetMapping("/providers")
    String providers(@RequestParam(required = false) @Nullable ReferralArea area, Model model, Locale locale) {
        model.addAttribute(FORM, ProviderForm.blank());
        return page(area, model, locale);
    }

    @PostMapping("/providers")
    ModelAndView list(
            @Valid @ModelAttribute(FORM) ProviderForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(page(null, model, locale), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var rejection = catchUp.send(form.toCommand(ProviderId.random()));
        if (rejection.isPresent()) {
            return FormPage.refused(rejection.get(), FORM, errors, model, page(null, model, locale));
        }
        redirect.addFlashAttribute("notice", "notice.providerListed");
        return new ModelAndView("redirect:/providers");
    }

    private String page(@Nullable ReferralArea area, Model model, Locale locale) {
        var entries = gateways.askForList(new FindProviders(currentCaller.get(), area), ProviderEntry.class);
        model.addAttribute(
                "providers",
                entries.stream().map(entry -> ProviderRow.of(entry, locale)).toList());
        model.addAttribute("area", area);
        model.addAttribute("areas", ReferralArea.values());
        return VIEW;
    }
}
