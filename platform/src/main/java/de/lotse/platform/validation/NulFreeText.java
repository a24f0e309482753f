package de.lotse.platform.validation;

import java.beans.PropertyEditorSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses every text that comes in with a NUL character, as a JSON string, a request parameter or
 * a form field. PostgreSQL stores none in {@code text} or {@code jsonb}: a name with one would be
 * accepted into the event store (where it sits in JSON as an escape) and then stop every
 * projection that writes it, batch after batch. Refused at the door, it is a 400 naming the
 * field, or the form field's error.
 */
@Configuration(proxyBeanMethods = false)
public class NulFreeText {

    static final String REASON = "contains a NUL character, which cannot be stored";

    @Bean
    JsonMapperBuilderCustomizer nulFreeJsonStrings() {
        return builder -> builder.addModule(
                new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFreeStrings()));
    }

    /** The request parameters and form fields of every controller, API and web alike. */
    @ControllerAdvice
    static class NulFreeParameters {

        @InitBinder
        void refuseNul(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new NulFreeEditor());
        }
    }

    private static boolean hasNul(@Nullable String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static final class NulFreeStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            if (hasNul(text)) {
                throw context.weirdStringException(text, String.class, REASON);
            }
            return text;
        }
    }

    private static final class NulFreeEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            if (hasNul(text)) {
                throw new IllegalArgumentException("The text " + REASON + ".");
            }
            setValue(text);
        }
    }
}
