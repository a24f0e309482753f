package de.lotse.platform.security;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The authenticated user of the current request as a {@link Caller}. Outside any request (a
 * deadline, the retention sweep, the first start) it is Lotse itself; an anonymous request is a
 * caller without roles, whom every handler refuses.
 */
@Component
public class CurrentCaller {

    private static final String ROLE_PREFIX = "ROLE_";

    public Caller get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Caller.SYSTEM;
        }
        if (!authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return new Caller("anonymous", Set.of());
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .flatMap(name -> Role.named(name).stream())
                .collect(Collectors.toSet());
        return new Caller(authentication.getName(), roles);
    }
}
