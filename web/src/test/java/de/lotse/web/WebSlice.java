package de.lotse.web;

import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.ProblemSecurityHandlers;
import de.lotse.platform.security.SecurityConfiguration;
import de.lotse.platform.settings.TimeConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * What a web slice test needs beside the controller under test: both security chains (the API's
 * and the UI's), the current caller, the clock, and the UI's shared pieces (gateways, languages,
 * error pages). The gateways' Axon side is mocked by each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfiguration.class, ProblemSecurityHandlers.class, CurrentCaller.class, TimeConfiguration.class})
@ComponentScan(basePackages = "de.lotse.web.system")
public @interface WebSlice {
}
