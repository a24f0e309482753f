package de.lotse.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 in the same problem+json format as every other error. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final SignInProperties signIn;

    ProblemSecurityHandlers(JsonMapper json, SignInProperties signIn) {
        this.json = json;
        this.signIn = signIn;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInBlocked blocked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(blocked.retryAfterSeconds()));
            write(response, request, HttpStatus.TOO_MANY_REQUESTS, "urn:lotse:problem:sign-in-blocked", e.getMessage());
            return;
        }
        // Where passwords are switched off, a Basic challenge would invite credentials that cannot work.
        var challenge = signIn.localSignIn() ? "Basic" : "Bearer";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge + " realm=\"Lotse\"");
        write(
                response,
                request,
                HttpStatus.UNAUTHORIZED,
                "urn:lotse:problem:unauthenticated",
                signIn.localSignIn()
                        ? "Authentication is required: send valid HTTP Basic credentials or a token (Bearer)."
                        : "Authentication is required: send an API token or the identity provider's token (Bearer).");
    }

    /** A one-time password must be changed before anything else is allowed. */
    public void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                response,
                request,
                HttpStatus.FORBIDDEN,
                "urn:lotse:problem:password-change-required",
                "Change your one-time password first: POST /api/me/password.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                response,
                request,
                HttpStatus.FORBIDDEN,
                "urn:lotse:problem:forbidden",
                "Your role does not allow this request.");
    }

    private void write(
            HttpServletResponse response, HttpServletRequest request, HttpStatus status, String type, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
