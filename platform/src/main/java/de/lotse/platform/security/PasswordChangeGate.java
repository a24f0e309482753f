package de.lotse.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back every API request of an account that still has its one-time password, except asking
 * who one is and changing the password: a one-time password is for exactly that.
 */
public class PasswordChangeGate extends OncePerRequestFilter {

    private final ProblemSecurityHandlers problems;

    PasswordChangeGate(ProblemSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mustChangePassword() && !isPasswordChange(request)) {
            problems.passwordChangeRequired(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the signed-in account must change its one-time password first. */
    public static boolean mustChangePassword() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> AccountSignIn.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    private static boolean isPasswordChange(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return ("/api/me".equals(path) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())))
                || ("/api/me/password".equals(path) && "POST".equals(request.getMethod()));
    }
}
