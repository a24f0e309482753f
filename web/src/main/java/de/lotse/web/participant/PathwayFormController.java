package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.web.system.CatchUp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The forms of the participant page, one route per command. Sent by htmx, each answers the page's
 * content fragment: refreshed after success, or with the refused form showing its errors, a refused
 * input (a name that is no coach) or the broken pathway rule in place. Sent without JavaScript, success redirects to the page.
 */
@Controller
@RequestMapping("/participants/{id}")
class PathwayFormController {

    private final ParticipantPage page;
    private final CatchUp catchUp;

    PathwayFormController(ParticipantPage page, CatchUp catchUp) {
        this.page = page;
        this.catchUp = catchUp;
    }

    @PostMapping("/stages")
    ModelAndView startStage(
            @PathVariable UUID id,
            @Valid @ModelAttribute("stageStart") StageStartForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "stageStart", errors, request), model, form::toCommand);
    }

    @PostMapping("/stages/complete")
    ModelAndView completeStage(
            @PathVariable UUID id,
            @Valid @ModelAttribute("stageCompletion") StageCompletionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "stageCompletion", errors, request), model, form::toCommand);
    }

    @PostMapping("/stages/abort")
    ModelAndView abortStage(
            @PathVariable UUID id,
            @Valid @ModelAttribute("stageAbort") StageAbortForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "stageAbort", errors, request), model, form::toCommand);
    }

    @PostMapping("/qualifications")
    ModelAndView recordQualification(
            @PathVariable UUID id,
            @Valid @ModelAttribute("qualification") QualificationForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "qualification", errors, request), model, form::toCommand);
    }

    @PostMapping("/situations")
    ModelAndView recordSituation(
            @PathVariable UUID id,
            @Valid @ModelAttribute("situation") SituationForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "situation", errors, request), model, form::toCommand);
    }

    @PostMapping("/housing")
    ModelAndView recordHousing(
            @PathVariable UUID id,
            @Valid @ModelAttribute("housing") HousingForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "housing", errors, request), model, form::toCommand);
    }

    @PostMapping("/exit")
    ModelAndView recordExit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("exit") ExitForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "exit", errors, request), model, form::toCommand);
    }

    @PostMapping("/follow-up")
    ModelAndView recordFollowUp(
            @PathVariable UUID id,
            @Valid @ModelAttribute("followUp") FollowUpForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "followUp", errors, request), model, form::toCommand);
    }

    @PostMapping("/corrections")
    ModelAndView correctIntake(
            @PathVariable UUID id,
            @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "correction", errors, request), model, form::toCommand);
    }

    @PostMapping("/coach")
    ModelAndView reassignCoach(
            @PathVariable UUID id,
            @Valid @ModelAttribute("coachReassignment") CoachReassignmentForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "coachReassignment", errors, request), model, form::toCommand);
    }

    @PostMapping("/erasure")
    ModelAndView erasePersonalData(
            @PathVariable UUID id,
            @Valid @ModelAttribute("erasure") ErasureForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "erasure", errors, request), model, form::toCommand);
    }

    @PostMapping("/referrals")
    ModelAndView makeReferral(
            @PathVariable UUID id,
            @Valid @ModelAttribute("referral") ReferralForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "referral", errors, request), model, form::toCommand);
    }

    @PostMapping("/referrals/close")
    ModelAndView closeReferral(
            @PathVariable UUID id,
            @Valid @ModelAttribute("referralClosing") ReferralClosingForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "referralClosing", errors, request), model, form::toCommand);
    }

    @PostMapping("/mobility")
    ModelAndView recordMobility(
            @PathVariable UUID id,
            @Valid @ModelAttribute("mobility") MobilityForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        return submit(new Submission(id, "mobility", errors, request), model, form::toCommand);
    }

    /** One submitted form: whose page, under which model name, how it bound, and whether htmx sent it. */
    private record Submission(
            ParticipantId participant, String form, BindingResult errors, HttpServletRequest request) {

        Submission(UUID id, String form, BindingResult errors, HttpServletRequest request) {
            this(new ParticipantId(id), form, errors, request);
        }

        boolean byHtmx() {
            return request.getHeader("HX-Request") != null;
        }
    }

    private ModelAndView submit(Submission submission, Model model, Function<ParticipantId, Object> command) {
        var before = page.read(submission.participant());
        if (submission.errors().hasErrors()) {
            return render(submission, model, before, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var rejection = catchUp.send(command.apply(submission.participant()));
        if (rejection.isPresent() && rejection.get().markOn(submission.errors())) {
            return render(submission, model, before, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (rejection.isPresent()) {
            model.addAttribute("rejection", rejection.get());
            model.addAttribute("rejectedForm", submission.form());
            return render(submission, model, before, HttpStatus.CONFLICT);
        }
        model.asMap().remove(submission.form());
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + submission.form());
        if (!submission.byHtmx()) {
            RequestContextUtils.getOutputFlashMap(submission.request()).put("notice", "notice.saved");
            return new ModelAndView("redirect:/participants/" + submission.participant());
        }
        model.addAttribute("notice", "notice.saved");
        return render(submission, model, page.read(submission.participant()), HttpStatus.OK);
    }

    private ModelAndView render(Submission submission, Model model, ParticipantView participant, HttpStatus status) {
        page.fill(model, participant);
        var view = submission.byHtmx() ? ParticipantPage.CONTENT : ParticipantPage.VIEW;
        return new ModelAndView(view, model.asMap(), status);
    }
}
