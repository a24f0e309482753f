package de.lotse.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose body is larger than {@code lotse.http.max-body-size} with a 413
 * problem. A declared length over the limit is refused unread; a body sent in chunks is read up
 * to one byte past the limit and refused then. A body within the limit is kept in memory and
 * handed on, so the idempotency check can fingerprint it before the controller reads it again.
 */
class BodySizeLimit extends OncePerRequestFilter {

    private final int limit;
    private final FilterProblems problems;

    BodySizeLimit(HttpProperties properties, FilterProblems problems) {
        this.limit = Math.toIntExact(properties.maxBodySize().toBytes());
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.tooLarge(request, response, limit);
            return;
        }
        var body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            problems.tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }
}
