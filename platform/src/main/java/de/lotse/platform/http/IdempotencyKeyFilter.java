package de.lotse.platform.http;

import de.lotse.platform.persistence.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST under {@code /api/} safe to repeat: sent with an {@code Idempotency-Key}, it is
 * carried out once, and every repeat with the same key (per user) and the same method, path and
 * body gets the first answer again (status, {@code Location}, body) without storing anything. The
 * same key with another request is a 422; a repeat while the first is still running is a 409,
 * never a second run.
 *
 * <p>Only a final answer is kept: a success, or a 4xx that a repeat would meet again. A 5xx (the
 * database unavailable, a fault) and the 4xx answers that depend on the moment (408, 409 when two
 * writers raced or a rule forbids it given what is stored, 425, 429) give the key up, so that
 * the client's retry runs again. It runs after Spring Security, which names the user.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    private static final int LONGEST_KEY = 255;
    private static final Set<Integer> MOMENTARY = Set.of(408, 409, 425, 429);

    private final IdempotentRequests requests;
    private final FilterProblems problems;

    IdempotencyKeyFilter(IdempotentRequests requests, FilterProblems problems) {
        this.requests = requests;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null || user().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        if (!isWellFormed(key)) {
            problems.invalidKey(request, response);
            return;
        }
        var user = user().orElseThrow();
        var buffered = new BufferedRequest(request, request.getInputStream().readAllBytes());
        var fingerprint = fingerprint(buffered);
        try {
            var earlier = requests.claim(user, key, fingerprint);
            if (earlier.isEmpty()) {
                runOnce(buffered, response, chain, user, key);
            } else if (!earlier.get().fingerprint().equals(fingerprint)) {
                problems.keyReused(request, response);
            } else if (earlier.get().answer() == null) {
                problems.inProgress(request, response);
            } else {
                replay(earlier.get().answer(), response);
            }
        } catch (DataAccessException failure) {
            if (!DatabaseOutage.explains(failure)) {
                throw failure;
            }
            problems.unavailable(request, response);
        }
    }

    /** Runs the request and keeps its answer if final; the client gets the answer either way. */
    private void runOnce(
            BufferedRequest request, HttpServletResponse response, FilterChain chain, String user, String key)
            throws ServletException, IOException {
        var recorder = new ContentCachingResponseWrapper(response);
        var answered = false;
        try {
            chain.doFilter(request, recorder);
            answered = true;
        } finally {
            keepOrRelease(recorder, user, key, answered);
            recorder.copyBodyToResponse();
        }
    }

    private void keepOrRelease(ContentCachingResponseWrapper recorder, String user, String key, boolean answered) {
        try {
            if (answered && isFinal(recorder.getStatus())) {
                requests.record(user, key, answerOf(recorder));
            } else {
                requests.release(user, key);
            }
        } catch (DataAccessException failure) {
            log.warn(
                    "Could not keep or release an idempotency key; it is released {} after its request",
                    IdempotentRequests.ABANDONED_AFTER,
                    failure);
        }
    }

    private static void replay(RecordedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static RecordedAnswer answerOf(ContentCachingResponseWrapper recorder) {
        return new RecordedAnswer(
                recorder.getStatus(),
                recorder.getHeader(HttpHeaders.LOCATION),
                recorder.getContentType(),
                recorder.getContentAsByteArray());
    }

    private static boolean isFinal(int status) {
        return status >= 200 && status < 300 || status >= 400 && status < 500 && !MOMENTARY.contains(status);
    }

    private static boolean isWellFormed(String key) {
        return !key.isEmpty() && key.length() <= LONGEST_KEY && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static Optional<String> user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || authentication instanceof AnonymousAuthenticationToken
                ? Optional.empty()
                : Optional.of(authentication.getName());
    }

    /** What makes two requests the same: method, path with query, and body. */
    private static String fingerprint(BufferedRequest request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ' ');
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (request.getQueryString() != null) {
                digest.update(("?" + request.getQueryString()).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
            digest.update(request.body());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
