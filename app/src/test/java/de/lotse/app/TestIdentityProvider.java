package de.lotse.app;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on a
 * port of its own, with Lotse's client (authorization code for the pages, client credentials to
 * hand a script a person's access token), another application's client, people who sign in at
 * its login form, and roles a test changes as the provider's administrator would. Every token
 * names its person in {@code preferred_username} and {@code name} and lists their roles in
 * {@code roles}.
 *
 * <p>It is no Lotse application: none of Lotse's configuration or start-up listeners run in it, and
 * its session cookie has a name of its own, since a cookie is shared by every port of a host.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "lotse";
    static final String CLIENT_SECRET = "provider-secret";
    static final String OTHER_CLIENT_ID = "other-application";
    static final String PASSWORD = "provider-password";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final People people;
    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(People people, ConfigurableApplicationContext context) {
        this.people = people;
        this.context = context;
    }

    static TestIdentityProvider start() {
        var people = new People(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new InMemoryUserDetailsManager());
        var application = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of("server.port", "0", "server.servlet.session.cookie.name", "PROVIDER_SESSION"))
                .initializers(context -> context.getBeanFactory().registerSingleton("people", people))
                .build();
        application.setListeners(List.of());
        return new TestIdentityProvider(people, application.run());
    }

    String issuer() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Registers a person, or gives one new roles, as the provider's administrator would. */
    void person(String username, String displayName, String... roles) {
        people.displayNames().put(username, displayName);
        people.roles().put(username, List.of(roles));
        if (!people.logins().userExists(username)) {
            people.logins()
                    .createUser(User.withUsername(username)
                            .password("{noop}" + PASSWORD)
                            .build());
        }
    }

    /** An access token for the person, as a script of theirs would get it for Lotse's client. */
    String accessTokenFor(String person) {
        return accessTokenFor(person, CLIENT_ID);
    }

    String accessTokenFor(String person, String clientId) {
        var client = Base64.getEncoder()
                .encodeToString((clientId + ":" + secretOf(clientId)).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&person=" + person))
                .build();
        return JSON.readTree(Api.exchange(HTTP, request).body())
                .get("access_token")
                .asString();
    }

    /** Each client has a secret of its own; the provider refuses two alike. */
    private static String secretOf(String clientId) {
        return CLIENT_ID.equals(clientId) ? CLIENT_SECRET : clientId + "-secret";
    }

    @Override
    public void close() {
        context.close();
    }

    /** Who the provider knows: their display names, their roles and their passwords. */
    record People(
            Map<String, String> displayNames, Map<String, List<String>> roles, InMemoryUserDetailsManager logins) {

        String personOf(JwtEncodingContext token) {
            // A client-credentials token names its person in the request, as the test asks for it.
            return token.getAuthorizationGrant() instanceof OAuth2ClientCredentialsAuthenticationToken grant
                    ? String.valueOf(grant.getAdditionalParameters().get("person"))
                    : token.getPrincipal().getName();
        }
    }

    /** A test configuration, so that the scan of Lotse's own tests leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
    static class Provider {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager logins(People people) {
            return people.logins();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> personClaims(People people) {
            return token -> {
                var person = people.personOf(token);
                token.getClaims()
                        .claim("preferred_username", person)
                        .claim("name", people.displayNames().getOrDefault(person, person))
                        .claim("roles", people.roles().getOrDefault(person, List.of()));
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(client(CLIENT_ID), client(OTHER_CLIENT_ID));
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID("provider-key")
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** The user-info endpoint accepts the provider's own access tokens. */
        @Bean
        JwtDecoder ownTokens(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** Lotse's web UI runs on a port of its own; a loopback redirect may name any port. */
        private static RegisteredClient client(String clientId) {
            return RegisteredClient.withId(clientId)
                    .clientId(clientId)
                    .clientSecret("{noop}" + secretOf(clientId))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
        }
    }
}
