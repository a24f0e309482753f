package de.lotse.web;

import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.Passwords;
import de.lotse.platform.testing.ApiSecurity;
import de.lotse.platform.testing.SignedInAccounts;
import de.lotse.web.system.CatchUp;
import de.lotse.web.system.CaughtUpAtOnce;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a web slice test needs beside the controller under test: both security chains (the API's
 * through {@link ApiSecurity}, and the UI's) with their filters, the current caller, the clock, the
 * password policy, and the UI's shared pieces (gateways, languages, error pages). The gateways' Axon
 * side and the token table are mocked, and the account table answers as {@link SignedInAccounts}
 * describes; a test that stubs or checks a mock autowires it. A page that sends a command finds the
 * read models caught up at once ({@link CaughtUpAtOnce}), so its queries are only the page's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiSecurity
@Import({CurrentCaller.class, Passwords.class, CaughtUpAtOnce.class})
@ComponentScan(
        basePackages = "de.lotse.web.system",
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CatchUp.class))
@MockitoBean(types = {CommandGateway.class, QueryGateway.class})
public @interface WebSlice {}
