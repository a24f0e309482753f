package de.lotse.platform.http;

import de.lotse.platform.problem.LotseProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problems the request filters answer with. They answer before any controller is chosen, so
 * the sides' advice cannot speak for them; the body has the same fields as every other problem.
 */
class FilterProblems {

    private final JsonMapper json;

    FilterProblems(JsonMapper json) {
        this.json = json;
    }

    void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "urn:lotse:problem:body-too-large",
                "Request body too large",
                "The request body is larger than " + limit + " bytes.");
    }

    void keyReused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                request,
                response,
                HttpStatus.UNPROCESSABLE_CONTENT,
                "urn:lotse:problem:idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was sent before with another request; use a new key for a new request.");
    }

    void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        write(
                request,
                response,
                HttpStatus.CONFLICT,
                "urn:lotse:problem:idempotency-key-in-progress",
                "Request in progress",
                "A request with this Idempotency-Key is still running; repeat it once that one has been answered.");
    }

    void invalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var field = new LotseProblems.FieldProblem(
                IdempotencyKeyFilter.HEADER, "must be 1 to 255 visible ASCII characters");
        write(
                request,
                response,
                LotseProblems.detail(
                        HttpStatus.BAD_REQUEST,
                        "urn:lotse:problem:invalid-request",
                        "Invalid request",
                        "The request has an invalid header.",
                        Map.of("errors", List.of(field))));
    }

    void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, LotseProblems.RETRY_AFTER_SECONDS);
        write(request, response, LotseProblems.unavailableDetail());
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail)
            throws IOException {
        write(request, response, LotseProblems.detail(status, type, title, detail, Map.of()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        var properties = problem.getProperties();
        if (properties != null) {
            body.putAll(properties);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
