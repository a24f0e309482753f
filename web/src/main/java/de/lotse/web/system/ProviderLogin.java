package de.lotse.web.system;

import de.lotse.platform.security.AccountSignIn;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.OidcProperties;
import de.lotse.platform.security.ProviderAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs people in to the pages at the identity provider (OpenID Connect, authorization code): the
 * login page's button leads there, and the provider sends the person back with a code that Lotse
 * exchanges for their ID token. Their account is then opened or brought in line with the
 * provider's roles ({@link ProviderAccounts}), and the session holds the same signed-in account a
 * password sign-in leaves, so the session re-check, the role rules and the recorded caller work
 * unchanged. The provider's discovery document is read at the first sign-in, not at start-up.
 */
@Component
@ConditionalOnExpression(OidcProperties.CONFIGURED)
class ProviderLogin {

    /** The registration's id, the last step of the paths {@code /oauth2/authorization/sso} and {@code /login/oauth2/code/sso}. */
    static final String REGISTRATION = "sso";

    private static final String USERNAME_CLAIM = "preferred_username";

    private final ClientRegistrationRepository registrations;
    private final ProviderAccounts providerAccounts;
    private final Accounts accounts;
    private final OidcUserService provider = new OidcUserService();

    ProviderLogin(OidcProperties properties, ProviderAccounts providerAccounts, Accounts accounts) {
        this.registrations = new SupplierClientRegistrationRepository(() -> registrationOf(properties));
        this.providerAccounts = providerAccounts;
        this.accounts = accounts;
    }

    void addTo(HttpSecurity http, String loginPage) {
        http.oauth2Login(login -> login.loginPage(loginPage)
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::signIn))
                .successHandler(this::signedIn)
                .failureHandler(failed(loginPage))
                .permitAll());
    }

    private OidcUser signIn(OidcUserRequest request) {
        var person = provider.loadUser(request);
        var account = providerAccounts.signIn(person.getClaims(), person.getIssuedAt());
        return new DefaultOidcUser(
                AccountSignIn.signedIn(account).getAuthorities(),
                person.getIdToken(),
                person.getUserInfo(),
                USERNAME_CLAIM);
    }

    /** Replaces the provider's sign-in in the session with the account's, as a password sign-in stores it. */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication provided)
            throws IOException {
        var account = accounts.find(provided.getName())
                .orElseThrow(() -> new BadCredentialsException("No account for " + provided.getName()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(AccountSignIn.signedIn(account));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    private static AuthenticationFailureHandler failed(String loginPage) {
        return (request, response, failure) -> response.sendRedirect(request.getContextPath()
                + loginPage
                + (failure instanceof DisabledException ? "?disabled" : "?providerFailed"));
    }

    private static InMemoryClientRegistrationRepository registrationOf(OidcProperties properties) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile")
                .userNameAttributeName(USERNAME_CLAIM)
                .build());
    }
}
