package de.lotse.web.system;

import static de.lotse.api.access.Permission.AUDIT;
import static de.lotse.api.access.Permission.ERASE_PERSONAL_DATA;
import static de.lotse.api.access.Permission.HANDLE_PARKED_EVENTS;
import static de.lotse.api.access.Permission.MANAGE_ACCOUNTS;
import static de.lotse.api.access.Permission.MANAGE_HOUSING;
import static de.lotse.api.access.Permission.MANAGE_PROVIDERS;
import static de.lotse.api.access.Permission.OFFER_HOUSING;
import static de.lotse.api.access.Permission.READ_HOUSING;
import static de.lotse.api.access.Permission.READ_HOUSING_HISTORY;
import static de.lotse.api.access.Permission.READ_HOUSING_REPORT;
import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.api.access.Permission.READ_PROVIDERS;
import static de.lotse.api.access.Permission.READ_REPORTS;
import static de.lotse.api.access.Permission.READ_WORKLIST;
import static de.lotse.api.access.Permission.REASSIGN_COACH;
import static de.lotse.api.access.Permission.REBUILD_PROJECTIONS;
import static de.lotse.api.access.Permission.RECORD_PATHWAY;
import static de.lotse.api.access.Permission.WATCH_PROJECTIONS;
import static org.springframework.http.HttpMethod.POST;

import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.OutageAnswer;
import de.lotse.platform.security.Routes;
import de.lotse.platform.security.SessionRecheck;
import de.lotse.platform.security.SignInBlocked;
import de.lotse.platform.security.SignInProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role table applied to the pages. The API's chain (order 1) owns {@code /api/**} with HTTP
 * Basic and tokens and no session; everything else is the browser's: a login page (password
 * fields unless {@code LOTSE_LOCAL_SIGN_IN=false}, and a button for the identity provider where
 * single sign-on is set up, see {@link ProviderLogin}), a session and CSRF protection, whose token
 * htmx sends as a header (see {@code static/js/lotse.js}). The session is checked against the
 * account on every request ({@link SessionRecheck}), and an account with a one-time password is
 * sent to the change-password page first ({@link PasswordChangePage}). Whether a coach may see one
 * particular participant is decided by the sides, as for the API; a refusal becomes the 403 page.
 * Without a servlet web server there are no pages to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String PASSWORD_PAGE = "/account/password";

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            Accounts accounts,
            JsonMapper json,
            SignInProperties signIn,
            ObjectProvider<ProviderLogin> provider)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                            .permitAll();
                    var routes = new Routes(requests);
                    routes.open(LOGIN_PAGE, "/error", "/assets/**", "/webjars/**", "/favicon.ico");
                    routes.read(RECORD_PATHWAY, "/participants/new");
                    routes.write(POST, REASSIGN_COACH, "/participants/*/coach");
                    routes.write(POST, ERASE_PERSONAL_DATA, "/participants/*/erasure");
                    routes.write(POST, RECORD_PATHWAY, "/participants", "/participants/**");
                    routes.read(READ_PARTICIPANTS, "/caseload", "/participants/**");
                    routes.read(MANAGE_HOUSING, "/housing/properties/new");
                    routes.write(POST, OFFER_HOUSING, "/housing/units/*/offers", "/housing/units/*/checks");
                    routes.write(POST, MANAGE_HOUSING, "/housing/**");
                    routes.read(READ_HOUSING_HISTORY, "/housing/units/*/history");
                    routes.read(READ_HOUSING, "/housing/**");
                    routes.read(READ_HOUSING_REPORT, "/reports/housing");
                    routes.read(READ_REPORTS, "/reports/**");
                    routes.read(AUDIT, "/audit/**");
                    routes.read(WATCH_PROJECTIONS, "/admin/projections");
                    routes.write(POST, REBUILD_PROJECTIONS, "/admin/projections/*/replay");
                    routes.read(MANAGE_ACCOUNTS, "/admin", "/admin/accounts", "/admin/accounts/**");
                    routes.write(POST, MANAGE_ACCOUNTS, "/admin/accounts", "/admin/accounts/**");
                    routes.signedIn("/", PASSWORD_PAGE, "/account/tokens");
                    routes.signedIn(POST, PASSWORD_PAGE, "/account/tokens", "/account/tokens/**", "/logout");
                    routes.signedIn("/forms/intake.pdf");
                    routes.read(READ_WORKLIST, "/worklist");
                    routes.read(READ_PROVIDERS, "/providers");
                    routes.write(POST, MANAGE_PROVIDERS, "/providers");
                    routes.read(HANDLE_PARKED_EVENTS, "/admin/parked-events");
                    routes.write(POST, HANDLE_PARKED_EVENTS, "/admin/parked-events/*/*/*");
                    requests.anyRequest().denyAll();
                })
                .addFilterBefore(OutageAnswer.asErrorPage(json), SecurityContextHolderFilter.class)
                .addFilterAfter(new SessionRecheck(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangePage(PASSWORD_PAGE), BasicAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .permitAll());
        if (signIn.localSignIn()) {
            http.formLogin(form -> form.loginPage(LOGIN_PAGE)
                    .defaultSuccessUrl("/", true)
                    .failureHandler(loginFailure())
                    .permitAll());
        }
        provider.ifAvailable(login -> login.addTo(http, LOGIN_PAGE));
        return http.build();
    }

    /** A paused user name is told how long to wait; any other failure is the usual "wrong name or password". */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, failure) -> response.sendRedirect(request.getContextPath()
                + (failure instanceof SignInBlocked blocked
                        ? "/login?blocked=" + blocked.retryAfterSeconds()
                        : "/login?error"));
    }
}
