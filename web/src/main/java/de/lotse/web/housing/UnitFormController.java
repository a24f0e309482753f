package de.lotse.web.housing;

import de.lotse.api.housing.UnitId;
import de.lotse.web.system.FormPage;
import de.lotse.web.system.FormPage.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The forms of a unit's page, one route per command, all on the unit whose page sent them. Each
 * answers as {@link FormPage} does: the refreshed page, or the refused form with its field errors
 * or the broken housing rule in place.
 */
@Controller
@RequestMapping("/housing/units/{id}")
class UnitFormController {

    private final UnitPageContent page;
    private final FormPage forms;

    UnitFormController(UnitPageContent page, FormPage forms) {
        this.page = page;
        this.forms = forms;
    }

    @PostMapping("/occupancy-rights")
    ModelAndView grantOccupancyRight(
            @PathVariable UUID id,
            @Valid @ModelAttribute("occupancyRight") OccupancyRightForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("occupancyRight", errors, request), model, form::toCommand);
    }

    @PostMapping("/vacancies")
    ModelAndView openVacancy(
            @PathVariable UUID id,
            @Valid @ModelAttribute("vacancy") VacancyForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("vacancy", errors, request), model, form::toCommand);
    }

    @PostMapping("/offers")
    ModelAndView makeOffer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("offer") OfferForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("offer", errors, request), model, form::toCommand);
    }

    @PostMapping("/offers/accept")
    ModelAndView acceptOffer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("acceptance") AcceptanceForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("acceptance", errors, request), model, form::toCommand);
    }

    @PostMapping("/offers/decline")
    ModelAndView declineOffer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("declination") DeclinationForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("declination", errors, request), model, form::toCommand);
    }

    @PostMapping("/tenancies")
    ModelAndView startTenancy(
            @PathVariable UUID id,
            @Valid @ModelAttribute("tenancy") TenancyForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("tenancy", errors, request), model, form::toCommand);
    }

    @PostMapping("/move-in")
    ModelAndView recordMoveIn(
            @PathVariable UUID id,
            @Valid @ModelAttribute("moveIn") MoveInForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("moveIn", errors, request), model, form::toCommand);
    }

    @PostMapping("/checks")
    ModelAndView recordCheck(
            @PathVariable UUID id,
            @Valid @ModelAttribute("check") CheckForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("check", errors, request), model, form::toCommand);
    }

    @PostMapping("/tenancies/end")
    ModelAndView endTenancy(
            @PathVariable UUID id,
            @Valid @ModelAttribute("tenancyEnd") TenancyEndForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(id, new Submission("tenancyEnd", errors, request), model, form::toCommand);
    }

    private ModelAndView submit(UUID id, Submission submission, Model model, Function<UnitId, Object> command) {
        var unit = new UnitId(id);
        return forms.submit(page.shape(unit), submission, model, () -> command.apply(unit));
    }
}
