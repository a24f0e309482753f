package de.lotse.web.intake;

import de.lotse.api.account.CoachChoice;
import de.lotse.api.account.FindCoaches;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.CatchUp;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Viewer;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
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
 * The intake form. An invalid answer is shown beside its field, as is a coach who holds no
 * caseload; a duplicate intake shows a warning that links to the participant already enrolled.
 * After a successful intake the participant page opens once the read view knows the new
 * participant.
 */
@Controller
class IntakePageController {

    static final String VIEW = "intake/intake";

    private final Gateways gateways;
    private final CatchUp catchUp;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    IntakePageController(Gateways gateways, CatchUp catchUp, CurrentCaller currentCaller, Clock clock) {
        this.gateways = gateways;
        this.catchUp = catchUp;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    @GetMapping("/participants/new")
    String form(Model model, Locale locale) {
        model.addAttribute(
                "intake",
                IntakeForm.blank(LocalDate.now(clock), currentCaller.get().user()));
        return choices(model, locale);
    }

    @PostMapping("/participants")
    ModelAndView enrol(
            @Valid @ModelAttribute("intake") IntakeForm intake,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(choices(model, locale), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var id = ParticipantId.random();
        var rejection = catchUp.send(intake.toCommand(id, caseloadOf(intake)));
        if (rejection.isPresent() && rejection.get().markOn(errors)) {
            return new ModelAndView(choices(model, locale), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (rejection.isPresent()) {
            model.addAttribute("rejection", rejection.get());
            return new ModelAndView(choices(model, locale), model.asMap(), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("notice", "notice.enrolled");
        return new ModelAndView("redirect:/participants/" + id);
    }

    /** A team lead or admin chooses the coach; a coach always enrols into the own caseload. */
    private String caseloadOf(IntakeForm intake) {
        var viewer = Viewer.of(currentCaller.get());
        return viewer.choosesCoach() ? Objects.requireNonNull(intake.coach()) : viewer.user();
    }

    private String choices(Model model, Locale locale) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("labourStatuses", LabourStatus.values());
        model.addAttribute("iscedLevels", IntStream.rangeClosed(0, 8).boxed().toList());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("yesNo", List.of(true, false));
        model.addAttribute("nationalities", Nationalities.in(locale));
        model.addAttribute("formLanguages", FormLanguage.values());
        var caller = currentCaller.get();
        if (Viewer.of(caller).choosesCoach()) {
            model.addAttribute("coaches", gateways.askForList(new FindCoaches(caller), CoachChoice.class));
        }
        return VIEW;
    }
}
