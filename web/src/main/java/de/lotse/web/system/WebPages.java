package de.lotse.web.system;

import de.lotse.platform.persistence.DatabaseOutage;
import de.lotse.platform.problem.LotseProblems;
import de.lotse.platform.security.CurrentCaller;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.CompletionException;
import org.axonframework.common.AxonException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page of the UI shares: the signed-in {@link Viewer} for the navigation, and the
 * error page for a read the query side refused (403 for another coach's participant, 404 for an
 * unknown one or a malformed id) or for a database out of reach (503). Errors raised outside the UI's controllers, such as the security
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
            case UNKNOWN_PARTICIPANT, UNKNOWN_ACCOUNT, UNKNOWN_TOKEN, UNKNOWN_REFERRAL ->
                errorPage(HttpStatus.NOT_FOUND);
            case USERNAME_TAKEN, LAST_ADMIN, PROVIDER_NAME_TAKEN, PERSONAL_DATA_ERASED ->
                errorPage(HttpStatus.CONFLICT);
            case WRONG_PASSWORD, NOT_A_COACH -> errorPage(HttpStatus.BAD_REQUEST);
            case UNKNOWN_PROPERTY, UNKNOWN_UNIT, UNKNOWN_RENOVATION, UNKNOWN_VACANCY, UNKNOWN_OFFER, UNKNOWN_TENANCY ->
                errorPage(HttpStatus.NOT_FOUND);
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    /** PostgreSQL out of reach, however the gateways wrapped it: the page says to try again shortly. */
    @ExceptionHandler({
        DataAccessException.class,
        TransactionException.class,
        AxonException.class,
        CompletionException.class
    })
    ModelAndView failed(Exception failure, HttpServletResponse response) throws Exception {
        if (!DatabaseOutage.explains(failure)) {
            throw failure;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, LotseProblems.RETRY_AFTER_SECONDS);
        return errorPage(HttpStatus.SERVICE_UNAVAILABLE);
    }

    private ModelAndView errorPage(HttpStatus status) {
        var page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        page.addObject("viewer", viewer());
        return page;
    }
}
