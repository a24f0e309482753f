package de.lotse.platform.security;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Single sign-on through an OpenID Connect provider ({@code LOTSE_OIDC_*}), switched on by the
 * issuer alone. The client id is what the provider's access tokens must be issued for; the secret
 * is needed only by the web UI, which signs people in at the provider. The roles claim names where
 * the provider lists a person's roles, a dotted path for nested claims (Keycloak's
 * {@code realm_access.roles}).
 */
@Validated
@ConfigurationProperties("lotse.oidc")
public record OidcProperties(
        @NotBlank String issuerUri,
        @NotBlank String clientId,
        @Nullable String clientSecret,
        @DefaultValue("roles") String rolesClaim) {

    /**
     * The condition of everything single sign-on adds: an issuer that is set and not blank, so that
     * an empty {@code LOTSE_OIDC_ISSUER_URI} passed on by a compose file leaves it off.
     */
    public static final String CONFIGURED = "!'${lotse.oidc.issuer-uri:}'.isBlank()";

    @Override
    public String toString() {
        return "OidcProperties[" + issuerUri + ", client " + clientId + ", roles from " + rolesClaim + "]";
    }
}
