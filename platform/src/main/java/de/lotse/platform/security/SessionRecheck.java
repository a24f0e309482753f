package de.lotse.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session keeps who signed in, but not what they may do: on every request the account
 * is looked at as stored now (as {@link Accounts#current kept} until any account changes). A
 * disabled or vanished account's session ends with a 401 at once, and changed roles apply from the
 * next request on, without signing in again.
 *
 * <p>Not a bean: Spring Boot would register a filter bean for every request as well, where it
 * would run before the security context is loaded and then be skipped inside the chain.
 */
public class SessionRecheck extends OncePerRequestFilter {

    private final Accounts accounts;

    public SessionRecheck(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (request.getSession(false) == null
                || authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        var account = accounts.current(authentication.getName()).filter(StoredAccount::enabled);
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            request.getRequestDispatcher("/login?disabled").forward(request, response);
            return;
        }
        var current = AccountSignIn.authoritiesOf(account.get());
        if (!new HashSet<GrantedAuthority>(current).equals(new HashSet<>(authentication.getAuthorities()))) {
            context.setAuthentication(AccountSignIn.signedIn(account.get()));
        }
        chain.doFilter(request, response);
    }
}
