package de.lotse.web.system;

import de.lotse.platform.security.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page of the UI shares: the signed-in {@link Viewer} for the navigation, and the
 * error page for a read the query side refused (403 for another coach's participant, 404 for an
 * unknown one or a malformed id). Errors raised outside the UI's controllers, such as the security
 * chain's 403, reach the same {@code error} template through Spring Boot's error controller.
 */
@ControllerAdvice(basePackages = "de.lotse.web")
class WebPages {

    static final String ERROR_VIEW = "error";

    private final CurrentCaller currentCaller;

    WebPages(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.of(currentCaller.get());
    }

    @ExceptionHandler(RefusedRequest.class)
    ModelAndView refused(RefusedRequest refused) {
        return switch (refused.refusal().reason()) {
            case NOT_YOUR_CASELOAD, ROLE_NOT_ALLOWED -> errorPage(HttpStatus.FORBIDDEN);
            case UNKNOWN_PARTICIPANT, UNKNOWN_ACCOUNT, UNKNOWN_TOKEN -> errorPage(HttpStatus.NOT_FOUND);
            case USERNAME_TAKEN, LAST_ADMIN -> errorPage(HttpStatus.CONFLICT);
            case WRONG_PASSWORD, NOT_A_COACH -> errorPage(HttpStatus.BAD_REQUEST);
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    private ModelAndView errorPage(HttpStatus status) {
        var page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        page.addObject("viewer", viewer());
        return page;
    }
}
