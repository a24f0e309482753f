package de.lotse.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer lotse_…}: the token is found by its
 * hash, must be neither revoked nor expired, and acts with its account's roles as stored now, so a
 * disabled account's tokens stop at once ({@link RecentTokens} keeps a token only until any account
 * or token changes). A bearer token of another form is left to the next
 * authentication (an identity provider's JWT, where single sign-on is configured).
 */
public class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final RecentTokens tokens;
    private final ProblemSecurityHandlers problems;
    private final Clock clock;

    BearerTokens(RecentTokens tokens, ProblemSecurityHandlers problems, Clock clock) {
        this.tokens = tokens;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !header.substring(BEARER.length()).strip().startsWith(ApiTokens.PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        var token = header.substring(BEARER.length()).strip();
        var signedIn = AuthenticationTimer.time(path -> {
            var found = signIn(token);
            found.ifPresent(account -> path.accept("api-token"));
            return found;
        });
        if (signedIn.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("Unknown, expired or revoked token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<Authentication> signIn(String token) {
        var now = clock.instant();
        var hash = ApiTokens.hashOf(token);
        var holder =
                tokens.findActive(hash, now).filter(found -> found.account().enabled());
        holder.ifPresent(found -> tokens.recordUse(hash, found, now));
        return holder.map(found -> AccountSignIn.signedIn(found.account()));
    }
}
