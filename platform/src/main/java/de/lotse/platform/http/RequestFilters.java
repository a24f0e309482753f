package de.lotse.platform.http;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's request filters around Spring Security's chain: the size limit before it, so that an
 * oversized body is refused before anything else is done with it; the idempotency check after it,
 * because a key belongs to the user the chain has authenticated. Both only see {@code /api/}; the
 * expired keys are purged every hour.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpProperties.class)
@EnableScheduling
class RequestFilters {

    private static final String API = "/api/*";

    @Bean
    IdempotentRequests idempotentRequests(JdbcClient jdbc, Clock clock, HttpProperties properties) {
        return new IdempotentRequests(jdbc, clock, properties);
    }

    @Bean
    FilterProblems filterProblems(JsonMapper json) {
        return new FilterProblems(json);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(HttpProperties properties, FilterProblems problems) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimit(properties, problems));
        registration.addUrlPatterns(API);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
            IdempotentRequests requests, FilterProblems problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(requests, problems));
        registration.addUrlPatterns(API);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
