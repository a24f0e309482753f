package de.lotse.query.housing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the housing report's settings, each with its default. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HousingProperties.class)
class HousingReportConfiguration {}
