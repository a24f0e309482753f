package de.lotse.query.forms;

import de.lotse.platform.privacy.RetentionPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings the data-protection notice quotes: who is responsible, and until when records are kept. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FormProperties.class, RetentionPolicy.class})
class FormsConfiguration {}
