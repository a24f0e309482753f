package de.lotse.web.system;

import de.lotse.platform.security.PasswordChangeGate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a person who signed in with a one-time password to the change-password page before any
 * other page, as the API holds their requests back with a 403.
 */
class PasswordChangePage extends OncePerRequestFilter {

    private final String page;

    PasswordChangePage(String page) {
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (PasswordChangeGate.mustChangePassword() && !isAllowedMeanwhile(path)) {
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isAllowedMeanwhile(String path) {
        return path.equals(page)
                || path.equals("/logout")
                || path.equals("/login")
                || path.equals("/error")
                || path.startsWith("/assets/")
                || path.startsWith("/webjars/");
    }
}
