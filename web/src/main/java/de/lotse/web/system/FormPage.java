package de.lotse.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A page that carries a form for each command on one thing (a unit, a renovation), and answers
 * every form alike. Sent by htmx, a form gets the page's content fragment back: refreshed once the
 * read view shows the change, or with the refused form showing its field errors or the broken rule
 * in place. Sent without JavaScript, success redirects to the page.
 */
@Component
public class FormPage {

    private static final String NOTICE = "notice";
    private static final String SAVED = "notice.saved";

    private final CatchUp catchUp;

    FormPage(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    /**
     * What a page is made of: its whole view and its content fragment, how to read what it shows
     * and put that into the model with a fresh form for every command, and its own path.
     */
    public record Shape<V>(String view, String content, Supplier<V> read, BiConsumer<Model, V> fill, String path) {}

    /** One submitted form: its model name, how it bound, and the request that sent it. */
    public record Submission(String form, BindingResult errors, HttpServletRequest request) {

        boolean byHtmx() {
            return request.getHeader("HX-Request") != null;
        }
    }

    /** Sends the command unless the form is invalid, and answers the page as the outcome demands. */
    public <V> ModelAndView submit(Shape<V> page, Submission submission, Model model, Supplier<Object> command) {
        var before = page.read().get();
        if (submission.errors().hasErrors()) {
            return render(page, submission, model, before, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var rejection = catchUp.send(command.get());
        if (rejection.isPresent() && rejection.get().markOn(submission.errors())) {
            return render(page, submission, model, before, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (rejection.isPresent()) {
            model.addAttribute("rejection", rejection.get());
            model.addAttribute("rejectedForm", submission.form());
            return render(page, submission, model, before, HttpStatus.CONFLICT);
        }
        model.asMap().remove(submission.form());
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + submission.form());
        if (!submission.byHtmx()) {
            RequestContextUtils.getOutputFlashMap(submission.request()).put(NOTICE, SAVED);
            return new ModelAndView("redirect:" + page.path());
        }
        model.addAttribute(NOTICE, SAVED);
        return render(page, submission, model, page.read().get(), HttpStatus.OK);
    }

    /**
     * The answer of a form whose page is shown whole rather than refreshed in part: a refusal of
     * one input beside its field (422), any other refusal above the form (409).
     */
    public static ModelAndView refused(
            Rejection rejection, String form, BindingResult errors, Model model, String view) {
        if (rejection.markOn(errors)) {
            return new ModelAndView(view, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        model.addAttribute("rejection", rejection);
        model.addAttribute("rejectedForm", form);
        return new ModelAndView(view, model.asMap(), HttpStatus.CONFLICT);
    }

    private static <V> ModelAndView render(
            Shape<V> page, Submission submission, Model model, V shown, HttpStatus status) {
        page.fill().accept(model, shown);
        return new ModelAndView(submission.byHtmx() ? page.content() : page.view(), model.asMap(), status);
    }
}
