package de.lotse.platform.testing;

import de.lotse.platform.security.AccountChanges;
import de.lotse.platform.security.ApiTokens;
import de.lotse.platform.security.ProblemSecurityHandlers;
import de.lotse.platform.security.SecurityConfiguration;
import de.lotse.platform.settings.TimeConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The API's security chain for a web slice test, as in production: the role table per route, the
 * problem answers, and an account table that knows exactly the user a test signs in with
 * ({@code @WithMockUser}); the token table is a mock, and so are the account changes, which a
 * mock never hears, so that no token is kept between requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfiguration.class, ProblemSecurityHandlers.class, TimeConfiguration.class, SignedInAccounts.class})
@MockitoBean(types = {ApiTokens.class, AccountChanges.class})
public @interface ApiSecurity {}
