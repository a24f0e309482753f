package de.lotse.platform.security;

import de.lotse.platform.persistence.DatabaseOutage;
import de.lotse.platform.problem.LotseProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in reads the account on every request, so when the database is gone the security chain
 * fails before any controller, where the problem advice cannot answer. This first filter of a chain
 * answers such a failure as the advice would: 503 with {@code Retry-After}, a problem for the API,
 * the error page for the browser. Anything else passes on untouched.
 */
public class OutageAnswer extends OncePerRequestFilter {

    private final JsonMapper json;
    private final boolean problems;

    private OutageAnswer(JsonMapper json, boolean problems) {
        this.json = json;
        this.problems = problems;
    }

    /** For the API: a problem+json body. */
    public static OutageAnswer asProblem(JsonMapper json) {
        return new OutageAnswer(json, true);
    }

    /** For the pages: the error page of the status. */
    public static OutageAnswer asErrorPage(JsonMapper json) {
        return new OutageAnswer(json, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted() || !DatabaseOutage.explains(failure)) {
                throw failure;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, LotseProblems.RETRY_AFTER_SECONDS);
            if (problems) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), LotseProblems.unavailableDetail());
            } else {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }
}
