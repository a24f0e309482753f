package de.lotse.query;

import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.ProblemSecurityHandlers;
import de.lotse.platform.security.SecurityConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * What the controller slices start from, in place of the launcher that only {@code app/} has: the
 * query side's controllers and problem advice, found by the slice's filtered scan, behind the
 * platform's security.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@Import({SecurityConfiguration.class, ProblemSecurityHandlers.class, CurrentCaller.class})
class WebSliceConfiguration {
}
