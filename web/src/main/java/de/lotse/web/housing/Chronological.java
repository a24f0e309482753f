package de.lotse.web.housing;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Two dates of a form that must not run backwards: the later one ({@code until}) may not lie
 * before the earlier one ({@code from}). A period that ends before it begins is invalid on its own,
 * so the API answers it with a 400, and the form shows it beside the later date's field, reading
 * {@code Chronological.<until>} from the bundle.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChronologicalCheck.class)
@interface Chronological {

    /** The record component that holds the earlier date. */
    String from();

    /** The record component that holds the later date, beside whose field an error is shown. */
    String until();

    String message() default "{Chronological}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
