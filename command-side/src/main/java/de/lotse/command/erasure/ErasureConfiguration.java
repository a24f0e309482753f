package de.lotse.command.erasure;

import de.lotse.platform.privacy.RetentionPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention setting, and the scheduler that runs the retention sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionPolicy.class)
@EnableScheduling
class ErasureConfiguration {}
