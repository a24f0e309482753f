package de.lotse.web.participant;

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

/**
 * The API's rule for corrections: the field may be corrected and accepts the value on its own.
 * Its violations carry the message codes {@code AcceptedCorrection.field} and
 * {@code AcceptedCorrection.value}, which the bundle words.
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
    class Validator implements ConstraintValidator<AcceptedCorrection, CorrectionForm> {

        @Override
        public boolean isValid(CorrectionForm form, ConstraintValidatorContext context) {
            if (form.field() == null || form.field().isBlank()) {
                return true;
            }
            var field = IntakeField.find(form.field());
            if (field.isEmpty()) {
                return rejected(context, "field");
            }
            return field.get().accepts(Texts.orNull(form.value())) || rejected(context, "value");
        }

        private static boolean rejected(ConstraintValidatorContext context, String property) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is not a valid " + property + " for a correction")
                    .addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
