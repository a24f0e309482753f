package de.lotse.web.system;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import de.lotse.api.access.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The contract's role table applied to the pages. The API's chain (order 1) owns {@code /api/**}
 * with HTTP Basic and no session; everything else is the browser's: a login form, a session and
 * CSRF protection, whose token htmx sends as a header (see {@code static/js/lotse.js}). Whether a
 * coach may see one particular participant is decided by the sides, as for the API; a refusal
 * becomes the 403 page. Without a servlet web server (a launcher started without web) there are
 * no pages to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    private static final String COACH = Role.COACH.name();
    private static final String TEAM_LEAD = Role.TEAM_LEAD.name();
    private static final String EVALUATOR = Role.EVALUATOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                                .permitAll()
                                .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                                .permitAll()
                                .requestMatchers("/participants/new")
                                .hasAnyRole(COACH, TEAM_LEAD, ADMIN)
                                .requestMatchers(POST, "/participants/*/coach")
                                .hasAnyRole(TEAM_LEAD, ADMIN)
                                .requestMatchers(POST, "/participants/*/erasure")
                                .hasRole(ADMIN)
                                .requestMatchers(POST, "/participants", "/participants/**")
                                .hasAnyRole(COACH, TEAM_LEAD, ADMIN)
                                .requestMatchers(GET, "/caseload", "/participants/**")
                                .hasAnyRole(COACH, TEAM_LEAD, AUDITOR, ADMIN)
                                .requestMatchers("/reports/**")
                                .hasAnyRole(EVALUATOR, AUDITOR, TEAM_LEAD, ADMIN)
                                .requestMatchers("/audit/**")
                                .hasAnyRole(AUDITOR, ADMIN)
                                .requestMatchers(GET, "/admin/projections")
                                .hasAnyRole(ADMIN, EVALUATOR)
                                .requestMatchers("/admin/**")
                                .hasRole(ADMIN)
                                .anyRequest()
                                .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll());
        return http.build();
    }
}
