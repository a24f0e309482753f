package de.lotse.web.housing;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.FindProperties;
import de.lotse.api.housing.FindRenovations;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.PropertySummary;
import de.lotse.api.housing.RenovationDetail;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitSummary;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.CatchUp;
import de.lotse.web.system.FormPage;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.RefusedRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * Properties: their list, the form that enters one, and each property's page with its units and renovations,
 * where a housing officer adds a unit or starts a renovation of some of them. After a change the
 * page waits a moment for the read view, so the new unit or renovation is there when it opens.
 */
@Controller
class PropertyPageController {

    /** More units than any property holds, so that one page holds them all. */
    private static final int UNITS_OF_A_PROPERTY = 500;

    static final String LIST_VIEW = "housing/properties";
    static final String NEW_VIEW = "housing/property-new";
    static final String VIEW = "housing/property";
    private static final String TO_PROPERTY = "redirect:/housing/properties/{id}";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final CatchUp catchUp;
    private final Clock clock;

    PropertyPageController(Gateways gateways, CurrentCaller currentCaller, CatchUp catchUp, Clock clock) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** Every property, also one whose units are not entered yet and which the units list therefore misses. */
    @GetMapping("/housing/properties")
    String properties(Model model) {
        model.addAttribute(
                "properties", gateways.askForList(new FindProperties(currentCaller.get()), PropertySummary.class));
        return LIST_VIEW;
    }

    @GetMapping("/housing/properties/new")
    String newProperty(Model model) {
        model.addAttribute("newProperty", PropertyForm.blank(LocalDate.now(clock)));
        return entry(model);
    }

    @PostMapping("/housing/properties")
    ModelAndView enterProperty(
            @Valid @ModelAttribute("newProperty") PropertyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(entry(model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var id = PropertyId.random();
        var rejection = catchUp.send(form.toCommand(id));
        if (rejection.isPresent()) {
            return FormPage.refused(rejection.get(), "newProperty", errors, model, entry(model));
        }
        return saved(id, "notice.propertyEntered", redirect);
    }

    @GetMapping("/housing/properties/{id}")
    String property(@PathVariable UUID id, Model model) {
        return show(read(new PropertyId(id)), model);
    }

    @PostMapping("/housing/properties/{id}/units")
    ModelAndView addUnit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("newUnit") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var property = new PropertyId(id);
        if (errors.hasErrors()) {
            return new ModelAndView(show(read(property), model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var unit = UnitId.random();
        var rejection = catchUp.send(form.toCommand(property, unit));
        if (rejection.isPresent()) {
            return FormPage.refused(rejection.get(), "newUnit", errors, model, show(read(property), model));
        }
        return saved(property, "notice.unitAdded", redirect);
    }

    @PostMapping("/housing/properties/{id}/renovations")
    ModelAndView startRenovation(
            @PathVariable UUID id,
            @Valid @ModelAttribute("renovation") RenovationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var property = new PropertyId(id);
        if (errors.hasErrors()) {
            return new ModelAndView(show(read(property), model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var renovation = RenovationId.random();
        var rejection = catchUp.send(form.toCommand(property, renovation));
        if (rejection.isPresent()) {
            return FormPage.refused(rejection.get(), "renovation", errors, model, show(read(property), model));
        }
        redirect.addFlashAttribute("notice", "notice.renovationStarted");
        redirect.addAttribute("id", renovation.toString());
        return new ModelAndView("redirect:/housing/renovations/{id}");
    }

    private PropertySummary read(PropertyId id) {
        return summary(id).orElseThrow(() -> new RefusedRequest(Refusal.unknown(Refusal.Reason.UNKNOWN_PROPERTY, id)));
    }

    private Optional<PropertySummary> summary(PropertyId id) {
        return gateways.askForList(new FindProperties(currentCaller.get()), PropertySummary.class).stream()
                .filter(property -> property.id().equals(id.toString()))
                .findFirst();
    }

    private List<UnitSummary> unitsOf(PropertySummary property) {
        var units =
                new FindUnits(currentCaller.get(), null, null, PropertyId.of(property.id()), 0, UNITS_OF_A_PROPERTY);
        return gateways.ask(units, UnitPage.class).items();
    }

    private List<RenovationDetail> renovationsOf(PropertyId id) {
        return gateways.askForList(new FindRenovations(currentCaller.get(), id), RenovationDetail.class);
    }

    private String entry(Model model) {
        model.addAttribute("holdings", Holding.values());
        return NEW_VIEW;
    }

    private String show(PropertySummary property, Model model) {
        var today = LocalDate.now(clock);
        model.addAttribute("property", property);
        model.addAttribute("units", unitsOf(property));
        model.addAttribute("renovations", renovationsOf(PropertyId.of(property.id())));
        if (!model.containsAttribute("newUnit")) {
            model.addAttribute("newUnit", UnitForm.blank());
        }
        if (!model.containsAttribute("renovation")) {
            model.addAttribute("renovation", RenovationForm.blank(today));
        }
        return VIEW;
    }

    private static ModelAndView saved(PropertyId id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addAttribute("id", id.toString());
        return new ModelAndView(TO_PROPERTY);
    }
}
