package de.lotse.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every date in a JSON request is a plain ISO date ({@code 2026-01-15}) between
 * {@value #EARLIEST} and {@value #LATEST}, or a 400 naming the field. Jackson alone would take a
 * date-time and drop its time and offset, and would take a year such as 999999999: stored in an
 * event, such a date could never be written to a read model's {@code date} column, and its
 * projection would stop on it for good.
 */
@Configuration(proxyBeanMethods = false)
public class PlausibleDates {

    static final String EARLIEST = "1900-01-01";
    static final String LATEST = "2199-12-31";

    @Bean
    JsonMapperBuilderCustomizer plausibleJsonDates() {
        return builder -> builder.addModule(
                new SimpleModule("plausible-dates").addDeserializer(LocalDate.class, new PlausibleDateDeserializer()));
    }

    private static final class PlausibleDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final LocalDate FIRST = LocalDate.parse(EARLIEST);
        private static final LocalDate LAST = LocalDate.parse(LATEST);

        PlausibleDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            var text = parser.getValueAsString();
            try {
                var date = LocalDate.parse(text);
                if (date.isBefore(FIRST) || date.isAfter(LAST)) {
                    throw context.weirdStringException(
                            text, LocalDate.class, "lies outside " + EARLIEST + " to " + LATEST);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, LocalDate.class, "is not a date like 2026-01-15");
            }
        }
    }
}
