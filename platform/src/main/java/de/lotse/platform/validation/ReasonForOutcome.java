package de.lotse.platform.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import de.lotse.api.support.ReferralOutcome;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A referral closed with an outcome that needs a reason ({@code NOT_RESOLVED}) gives one, so that
 * the refusal is a 400 at the edge, reported on {@code reason}; the API's request and the web form
 * share this rule, and the form words it through its bundle ({@code ReasonForOutcome.reason}).
 */
@Documented
@Constraint(validatedBy = ReasonForOutcome.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReasonForOutcome {

    String message() default "is required for this outcome";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What closing a referral names: its outcome and the reason given, if any. */
    interface Closing {

        @Nullable ReferralOutcome outcome();

        @Nullable String reason();
    }

    final class Validator implements ConstraintValidator<ReasonForOutcome, Closing> {

        @Override
        public boolean isValid(Closing closing, ConstraintValidatorContext context) {
            var outcome = closing.outcome();
            var reason = closing.reason();
            if (outcome == null || !outcome.needsReason() || (reason != null && !reason.isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is required when the outcome is " + outcome)
                    .addPropertyNode("reason")
                    .addConstraintViolation();
            return false;
        }
    }
}
