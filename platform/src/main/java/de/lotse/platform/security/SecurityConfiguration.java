package de.lotse.platform.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import de.lotse.api.access.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The contract's role table for the API, enforced once for both sides. The finer rule that a
 * coach reaches only the own caseload needs the participant's coach, so the sides check it where
 * they know it: the aggregate for commands, the query handlers for reads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String COACH = Role.COACH.name();
    private static final String TEAM_LEAD = Role.TEAM_LEAD.name();
    private static final String EVALUATOR = Role.EVALUATOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(POST, "/api/participants/*/erasure")
                        .hasRole(ADMIN)
                        .requestMatchers(POST, "/api/participants/*/coach")
                        .hasAnyRole(TEAM_LEAD, ADMIN)
                        .requestMatchers(POST, "/api/participants", "/api/participants/**")
                        .hasAnyRole(COACH, TEAM_LEAD, ADMIN)
                        .requestMatchers(GET, "/api/participants/**", "/api/caseload")
                        .hasAnyRole(COACH, TEAM_LEAD, AUDITOR, ADMIN)
                        .requestMatchers("/api/reports/**")
                        .hasAnyRole(EVALUATOR, AUDITOR, TEAM_LEAD, ADMIN)
                        .requestMatchers("/api/exports/**")
                        .hasAnyRole(EVALUATOR, ADMIN)
                        .requestMatchers("/api/audit/**")
                        .hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(GET, "/api/admin/projections")
                        .hasAnyRole(ADMIN, EVALUATOR)
                        .requestMatchers("/api/admin/**")
                        .hasRole(ADMIN)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(SecurityProperties properties, PasswordEncoder encoder) {
        return DemoUsers.create(properties, encoder);
    }
}
