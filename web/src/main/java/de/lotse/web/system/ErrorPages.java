package de.lotse.web.system;

import de.lotse.platform.security.CurrentCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The UI's error page for errors that arise outside its controllers, such as the security chain's
 * 403 for a page the role may not open or a 404 for an unknown path. Spring Boot's error
 * controller asks this resolver for the view; it adds the signed-in viewer so the page keeps its
 * navigation and the way to log out. Clients of the API never see it: their errors are
 * problem+json, and Boot answers a non-HTML request to the error path with JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private final CurrentCaller currentCaller;

    ErrorPages(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @Override
    public @Nullable ModelAndView resolveErrorView(
            HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        var page = new HashMap<String, Object>(model);
        page.put("status", status.value());
        page.put("viewer", Viewer.of(currentCaller.get()));
        return new ModelAndView(WebPages.ERROR_VIEW, page, status);
    }
}
