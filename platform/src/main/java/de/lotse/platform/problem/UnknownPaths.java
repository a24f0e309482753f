package de.lotse.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path no controller serves: no handler at all, or a missing file under a path that serves files
 * (the web UI's {@code /assets/} and {@code /webjars/}). Under {@code /api/} it is a problem like
 * every other error of the API; the sides' own advice does not see it, since no controller of
 * theirs was chosen. Any other path gets the plain 404, which the web UI's error page renders.
 */
@RestControllerAdvice
class UnknownPaths {

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    @Nullable ResponseEntity<Object> unknownPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return LotseProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "urn:lotse:problem:not-found",
                    "Not found",
                    "No resource at " + request.getRequestURI() + ".",
                    Map.of());
        }
        response.sendError(HttpStatus.NOT_FOUND.value());
        return null;
    }
}
