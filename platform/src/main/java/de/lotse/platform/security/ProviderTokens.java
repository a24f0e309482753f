package de.lotse.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * Signs in API requests that carry an access token of the identity provider (a JWT): signed with
 * one of the issuer's keys, issued by it, not expired, and issued for Lotse's client (its audience
 * or authorised party), so that a token the same provider issued to another application is
 * refused. The person then acts as their account, brought in line with the token's claims, exactly
 * as after a password sign-in. The issuer's keys are fetched at the first token, not at start-up,
 * so Lotse starts while the provider is still starting.
 */
@Component
@ConditionalOnExpression(OidcProperties.CONFIGURED)
class ProviderTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final BearerTokenResolver BEARER = new DefaultBearerTokenResolver();

    private final JwtDecoder decoder;
    private final ProviderAccounts accounts;

    ProviderTokens(OidcProperties properties, ProviderAccounts accounts) {
        this.decoder = new SupplierJwtDecoder(() -> decoderFor(properties));
        this.accounts = accounts;
    }

    /** Makes the API chain accept the provider's tokens, answering a refused one as every other 401. */
    void acceptOn(HttpSecurity http, ProblemSecurityHandlers problems) {
        http.oauth2ResourceServer(server -> server.bearerTokenResolver(ProviderTokens::providerToken)
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(this))
                .authenticationEntryPoint(problems));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return AccountSignIn.signedIn(accounts.signIn(token.getClaims(), token.getIssuedAt()));
    }

    /** Lotse's own API tokens are {@link BearerTokens}' to check; any other bearer token is the provider's. */
    private static @Nullable String providerToken(HttpServletRequest request) {
        var token = BEARER.resolve(request);
        return token == null || token.startsWith(ApiTokens.PREFIX) ? null : token;
    }

    private static JwtDecoder decoderFor(OidcProperties properties) {
        var decoder =
                NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()), issuedFor(properties.clientId())));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> issuedFor(String clientId) {
        return token -> {
            var audience = token.getAudience();
            if ((audience != null && audience.contains(clientId)) || clientId.equals(token.getClaimAsString("azp"))) {
                return OAuth2TokenValidatorResult.success();
            }
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token was issued for another client", null));
        };
    }
}
