package de.lotse.platform.settings;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of a Lotse process. Rules that depend on today (a follow-up falling due) take it
 * as a parameter, so tests can fix the date; no domain code calls {@code now()} itself.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
