package de.lotse.platform.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import de.lotse.api.participant.IntakeField;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A correction names a field that may be corrected and a value that field accepts on its own, so
 * that a bad correction is refused at the edge and never reaches the aggregate; the API's request
 * and the web form use this one rule. An unknown field is reported on {@code field}, an
 * unacceptable value on {@code value}: the API shows the messages below, the web form words them
 * through its bundle ({@code AcceptedCorrection.field}, {@code AcceptedCorrection.value}).
 */
@Documented
@Constraint(validatedBy = AcceptedCorrection.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AcceptedCorrection {

    String message() default "is not a valid correction";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a correction names: the field under its intake name, and the new value as it would be stored. */
    interface Correction {

        @Nullable String field();

        /** The new value; null means unknown, which only ISCED accepts. */
        @Nullable String correctedValue();
    }

    final class Validator implements ConstraintValidator<AcceptedCorrection, Correction> {

        private static final String FIELD_NAMES =
                Arrays.stream(IntakeField.values()).map(IntakeField::wireName).collect(Collectors.joining(", "));

        @Override
        public boolean isValid(Correction correction, ConstraintValidatorContext context) {
            var name = correction.field();
            if (name == null || name.isBlank()) {
                // Reported by the field's own @NotBlank.
                return true;
            }
            var field = IntakeField.find(name);
            if (field.isEmpty()) {
                return rejected(context, "field", "must be one of " + FIELD_NAMES);
            }
            return field.get().accepts(correction.correctedValue())
                    || rejected(context, "value", "is not a valid value for " + name);
        }

        private static boolean rejected(ConstraintValidatorContext context, String property, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(property)
                    .addConstraintViolation();
            return false;
        }
    }
}
