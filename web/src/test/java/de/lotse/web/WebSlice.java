package de.lotse.web;

import de.lotse.platform.security.ApiTokens;
import de.lotse.platform.security.BearerTokens;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.PasswordChangeGate;
import de.lotse.platform.security.Passwords;
import de.lotse.platform.security.ProblemSecurityHandlers;
import de.lotse.platform.security.SecurityConfiguration;
import de.lotse.platform.security.SessionRecheck;
import de.lotse.platform.settings.TimeConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a web slice test needs beside the controller under test: both security chains (the API's
 * and the UI's) with their filters, the current caller, the clock, the password policy, and the
 * UI's shared pieces (gateways, languages, error pages). The gateways' Axon side and the token
 * table are mocked, and the account table answers as {@link SignedInAccounts} describes; a test
 * that stubs or checks a mock autowires it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({
    SecurityConfiguration.class,
    ProblemSecurityHandlers.class,
    BearerTokens.class,
    PasswordChangeGate.class,
    SessionRecheck.class,
    SignedInAccounts.class,
    Passwords.class,
    CurrentCaller.class,
    TimeConfiguration.class
})
@ComponentScan(basePackages = "de.lotse.web.system")
@MockitoBean(types = {CommandGateway.class, QueryGateway.class, ApiTokens.class})
public @interface WebSlice {}
