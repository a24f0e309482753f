package de.lotse.web.housing;

import de.lotse.api.housing.FindRenovation;
import de.lotse.api.housing.RenovationDetail;
import de.lotse.api.housing.RenovationId;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.FormPage;
import de.lotse.web.system.FormPage.Submission;
import de.lotse.web.system.Gateways;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A renovation's page: its units and the participants who work on it, with the forms to take on
 * another worker (recorded on their pathway as a job) and to complete the works.
 */
@Controller
class RenovationPageController {

    static final String VIEW = "housing/renovation";
    static final String CONTENT = VIEW + " :: content";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Candidates candidates;
    private final FormPage forms;
    private final Clock clock;

    RenovationPageController(
            Gateways gateways, CurrentCaller currentCaller, Candidates candidates, FormPage forms, Clock clock) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.candidates = candidates;
        this.forms = forms;
        this.clock = clock;
    }

    /** The renovation's page; {@code find} narrows the participants the worker form lists to those of that name. */
    @GetMapping("/housing/renovations/{id}")
    String renovation(@PathVariable UUID id, @RequestParam(required = false) @Nullable String find, Model model) {
        fill(model, read(new RenovationId(id)), find);
        return VIEW;
    }

    @PostMapping("/housing/renovations/{id}/workers")
    ModelAndView addWorker(
            @PathVariable UUID id,
            @Valid @ModelAttribute("worker") WorkerForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        var renovation = new RenovationId(id);
        return forms.submit(
                shape(renovation), new Submission("worker", errors, request), model, () -> form.toCommand(renovation));
    }

    @PostMapping("/housing/renovations/{id}/complete")
    ModelAndView complete(
            @PathVariable UUID id,
            @Valid @ModelAttribute("completion") CompletionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        var renovation = new RenovationId(id);
        return forms.submit(
                shape(renovation),
                new Submission("completion", errors, request),
                model,
                () -> form.toCommand(renovation));
    }

    private FormPage.Shape<RenovationDetail> shape(RenovationId id) {
        return new FormPage.Shape<>(
                VIEW,
                CONTENT,
                () -> read(id),
                (model, renovation) -> fill(model, renovation, null),
                "/housing/renovations/" + id);
    }

    private RenovationDetail read(RenovationId id) {
        return gateways.ask(new FindRenovation(currentCaller.get(), id), RenovationDetail.class);
    }

    private void fill(Model model, RenovationDetail renovation, @Nullable String find) {
        var today = LocalDate.now(clock);
        model.addAttribute("renovation", renovation);
        model.addAttribute("candidates", candidates.forViewer(find));
        model.addAttribute("find", find);
        if (!model.containsAttribute("worker")) {
            model.addAttribute("worker", new WorkerForm(null, today, null));
        }
        if (!model.containsAttribute("completion")) {
            model.addAttribute("completion", new CompletionForm(today));
        }
    }
}
