package de.lotse.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German by default, English on request: {@code ?lang=en} switches, and a cookie keeps the choice.
 * The browser's Accept-Language is not consulted for pages, so every user starts in German.
 *
 * <p>The message source is declared here rather than left to Spring Boot, because the base bundle
 * is German: a lookup for German must end in {@code messages.properties}, never fall back to the
 * JVM's locale and so land in {@code messages_en.properties} on an English machine.
 */
@Configuration(proxyBeanMethods = false)
class WebLanguageConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.GERMAN;

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new PageLocaleResolver();
        resolver.setDefaultLocale(DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * The pages' language from the cookie, German without one. Requests to the API keep the
     * locale they had before the UI existed (Accept-Language, else the server's), so that the
     * API's validation messages do not change language because the UI defaults to German.
     */
    static final class PageLocaleResolver extends CookieLocaleResolver {

        PageLocaleResolver() {
            super("lotse-lang");
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isApi(request) ? request.getLocale() : super.resolveLocale(request);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            return isApi(request) ? request::getLocale : super.resolveLocaleContext(request);
        }

        private static boolean isApi(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
