package de.lotse.command.participant;

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

/**
 * A correction names a field that may be corrected and a value that field accepts on its own, so
 * that a bad correction is a 400 at the edge and never reaches the aggregate.
 */
@Documented
@Constraint(validatedBy = AcceptedCorrection.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface AcceptedCorrection {

    String message() default "is not a valid correction";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports an unknown field on {@code field} and an unacceptable value on {@code value}. */
    class Validator implements ConstraintValidator<AcceptedCorrection, CorrectionRequest> {

        private static final String FIELD_NAMES = Arrays.stream(IntakeField.values())
                .map(IntakeField::wireName)
                .collect(Collectors.joining(", "));

        @Override
        public boolean isValid(CorrectionRequest request, ConstraintValidatorContext context) {
            if (request.field() == null) {
                return true;
            }
            var field = IntakeField.find(request.field());
            if (field.isEmpty()) {
                return rejected(context, "field", "must be one of " + FIELD_NAMES);
            }
            if (!field.get().accepts(request.value())) {
                return rejected(context, "value", "is not a valid value for " + request.field());
            }
            return true;
        }

        private static boolean rejected(ConstraintValidatorContext context, String property, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
