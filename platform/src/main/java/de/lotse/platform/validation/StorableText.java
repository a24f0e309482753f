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
 * Refuses every text that comes in with a NUL character or an unpaired surrogate, as a JSON
 * string, a request parameter or a form field. PostgreSQL stores no NUL in {@code text} or
 * {@code jsonb}: a name with one would be accepted into the event store (where it sits in JSON as
 * an escape) and then stop every projection that writes it, batch after batch. Half a surrogate
 * pair is no character at all: encoded as UTF-8 it silently turns into {@code ?}, so what is
 * stored would not be what was sent. Refused at the door, it is a 400 naming the field, or the
 * form field's error.
 */
@Configuration(proxyBeanMethods = false)
public class StorableText {

    static final String REASON = "contains a NUL character or half a surrogate pair, which cannot be stored";

    @Bean
    JsonMapperBuilderCustomizer nulFreeJsonStrings() {
        return builder -> builder.addModule(
                new SimpleModule("storable-text").addDeserializer(String.class, new StorableStrings()));
    }

    /** The request parameters and form fields of every controller, API and web alike. */
    @ControllerAdvice
    static class StorableParameters {

        @InitBinder
        void refuseUnstorableText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new StorableEditor());
        }
    }

    private static boolean isUnstorable(@Nullable String text) {
        return text != null && (text.indexOf('\0') >= 0 || hasUnpairedSurrogate(text));
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static final class StorableStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            if (isUnstorable(text)) {
                throw context.weirdStringException(text, String.class, REASON);
            }
            return text;
        }
    }

    private static final class StorableEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            if (isUnstorable(text)) {
                throw new IllegalArgumentException("The text " + REASON + ".");
            }
            setValue(text);
        }
    }
}
