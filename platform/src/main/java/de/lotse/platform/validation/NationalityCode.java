package de.lotse.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import de.lotse.api.participant.Nationality;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 3166-1 alpha-2 country code, or {@code XX} for a stateless person; the API's intake and
 * the web form's use this one rule.
 */
@Documented
@Constraint(validatedBy = NationalityCode.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface NationalityCode {

    String message() default "must be an ISO 3166-1 alpha-2 country code, or XX for stateless";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code against the shared list of known codes. */
    final class Validator implements ConstraintValidator<NationalityCode, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || Nationality.isValid(value);
        }
    }
}
