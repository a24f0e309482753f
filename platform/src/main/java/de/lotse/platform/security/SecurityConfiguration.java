package de.lotse.platform.security;

import static de.lotse.api.access.Permission.AUDIT;
import static de.lotse.api.access.Permission.ERASE_PERSONAL_DATA;
import static de.lotse.api.access.Permission.EXPORT_PSEUDONYMISED;
import static de.lotse.api.access.Permission.HANDLE_PARKED_EVENTS;
import static de.lotse.api.access.Permission.MANAGE_ACCOUNTS;
import static de.lotse.api.access.Permission.MANAGE_HOUSING;
import static de.lotse.api.access.Permission.MANAGE_PROVIDERS;
import static de.lotse.api.access.Permission.OFFER_HOUSING;
import static de.lotse.api.access.Permission.READ_HOUSING;
import static de.lotse.api.access.Permission.READ_HOUSING_HISTORY;
import static de.lotse.api.access.Permission.READ_HOUSING_REPORT;
import static de.lotse.api.access.Permission.READ_METRICS;
import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.api.access.Permission.READ_PROVIDERS;
import static de.lotse.api.access.Permission.READ_REPORTS;
import static de.lotse.api.access.Permission.READ_WORKLIST;
import static de.lotse.api.access.Permission.REASSIGN_COACH;
import static de.lotse.api.access.Permission.REBUILD_PROJECTIONS;
import static de.lotse.api.access.Permission.RECORD_PATHWAY;
import static de.lotse.api.access.Permission.WATCH_PROJECTIONS;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's role table for the API, enforced once for both sides from {@link
 * de.lotse.api.access.Permission}. Every method is covered: a read answers HEAD as it answers
 * GET, an unknown read path is left to the 404 of the sides, and any other method or path not
 * listed is refused. The finer rule that a coach reaches only the own caseload needs the
 * participant's coach, so the sides check it where they know it: the aggregate for commands, the
 * query handlers for reads.
 *
 * <p>People authenticate with HTTP Basic (unless {@code LOTSE_LOCAL_SIGN_IN=false}), an API token
 * or, where single sign-on is set up, the identity provider's access token; each ends as the same
 * signed-in account, so the rules below need not know which.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SignInProperties.class)
public class SecurityConfiguration {

    /**
     * Spring Security observes nothing of its own. Observed, it wraps each filter of a chain, each
     * sign-in and each access decision, on every request; switching those observations off by
     * name (management.observations.enable) left the wrapping and only emptied it, and in a profile
     * of the HTTP load of bench/ it still took about 3 % of a signed-in request's time. What
     * operators read stays: every request is timed ({@code http.server.requests}), and sign-in by
     * how it was done ({@code lotse.authentication}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Health is for load balancers and monitors, asked with or without credentials. It never signs
     * anyone in, so that it answers DOWN during a database outage instead of failing the sign-in.
     */
    @Bean
    @Order(0)
    SecurityFilterChain healthSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemSecurityHandlers problems,
            ApiTokens tokens,
            AccountChanges accountChanges,
            Clock clock,
            JsonMapper json,
            SignInProperties signIn,
            ObjectProvider<ProviderTokens> providerTokens)
            throws Exception {
        // The filters are built here, not declared as beans, which Spring Boot would also run for every request
        // outside the chain, before the security context exists.
        var bearerTokens = new BearerTokens(new RecentTokens(tokens, accountChanges), problems, clock);
        var passwordChangeGate = new PasswordChangeGate(problems);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> {
                    var routes = new Routes(requests);
                    routes.open("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
                    routes.read(READ_METRICS, "/actuator/prometheus");
                    routes.write(POST, ERASE_PERSONAL_DATA, "/api/participants/*/erasure");
                    routes.write(POST, REASSIGN_COACH, "/api/participants/*/coach");
                    routes.write(POST, RECORD_PATHWAY, "/api/participants", "/api/participants/**");
                    routes.read(READ_PARTICIPANTS, "/api/participants/**", "/api/caseload");
                    // the housing report is read by housing officers too, so its rule comes before the reports' one
                    routes.read(READ_HOUSING_REPORT, "/api/reports/housing");
                    routes.read(READ_REPORTS, "/api/reports/**");
                    routes.read(EXPORT_PSEUDONYMISED, "/api/exports/**");
                    routes.read(AUDIT, "/api/audit/**");
                    routes.read(WATCH_PROJECTIONS, "/api/admin/projections");
                    routes.write(POST, REBUILD_PROJECTIONS, "/api/admin/projections/*/replay");
                    routes.read(MANAGE_ACCOUNTS, "/api/admin/accounts", "/api/admin/accounts/*");
                    routes.write(POST, MANAGE_ACCOUNTS, "/api/admin/accounts", "/api/admin/accounts/*/*");
                    routes.write(PUT, MANAGE_ACCOUNTS, "/api/admin/accounts/*/roles");
                    routes.signedIn("/api/me", "/api/me/tokens");
                    routes.signedIn(POST, "/api/me/password", "/api/me/tokens");
                    routes.signedIn(DELETE, "/api/me/tokens/*");
                    routes.read(READ_PROVIDERS, "/api/providers");
                    routes.write(POST, MANAGE_PROVIDERS, "/api/providers");
                    routes.signedIn("/api/forms/intake.pdf");
                    routes.read(READ_WORKLIST, "/api/worklist");
                    routes.write(
                            POST, OFFER_HOUSING, "/api/housing/vacancies/*/offers", "/api/housing/tenancies/*/checks");
                    routes.write(POST, MANAGE_HOUSING, "/api/housing/**");
                    routes.read(HANDLE_PARKED_EVENTS, "/api/admin/parked-events");
                    routes.write(POST, HANDLE_PARKED_EVENTS, "/api/admin/parked-events/*/*/retry");
                    routes.write(DELETE, HANDLE_PARKED_EVENTS, "/api/admin/parked-events/*/*");
                    routes.read(READ_HOUSING_HISTORY, "/api/housing/units/*/history");
                    routes.read(READ_HOUSING, "/api/housing/**");
                    routes.unknownReadsAnswerNotFound("/api/**");
                    requests.anyRequest().denyAll();
                })
                .addFilterBefore(OutageAnswer.asProblem(json), SecurityContextHolderFilter.class)
                .addFilterBefore(bearerTokens, BasicAuthenticationFilter.class)
                .addFilterAfter(passwordChangeGate, BasicAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if (signIn.localSignIn()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        providerTokens.ifAvailable(provider -> provider.acceptOn(http, problems));
        return http.build();
    }
}
