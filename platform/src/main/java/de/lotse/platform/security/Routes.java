package de.lotse.platform.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import de.lotse.api.access.Permission;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The route rules of a security chain in the words of the role table: who may read (GET and HEAD
 * alike, since Spring answers HEAD with the GET handler) and who may write with which method. The
 * API's chain and the web UI's both declare their routes through it.
 */
public final class Routes {

    private final AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests;

    public Routes(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        this.requests = requests;
    }

    public void open(String... paths) {
        requests.requestMatchers(paths).permitAll();
    }

    public void read(Permission permission, String... paths) {
        requests.requestMatchers(GET, paths).hasAnyRole(permission.roleNames());
        requests.requestMatchers(HEAD, paths).hasAnyRole(permission.roleNames());
    }

    public void write(HttpMethod method, Permission permission, String... paths) {
        requests.requestMatchers(method, paths).hasAnyRole(permission.roleNames());
    }

    /** Reads open to anyone signed in. */
    public void signedIn(String... paths) {
        requests.requestMatchers(GET, paths).authenticated();
        requests.requestMatchers(HEAD, paths).authenticated();
    }

    public void signedIn(HttpMethod method, String... paths) {
        requests.requestMatchers(method, paths).authenticated();
    }

    /** A read of a path no rule names reaches the application, which answers it with a 404. */
    public void unknownReadsAnswerNotFound(String... paths) {
        signedIn(paths);
    }
}
