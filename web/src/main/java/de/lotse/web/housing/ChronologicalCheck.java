package de.lotse.web.housing;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Chronological} on a form record by reading its two date components; a missing
 * date is left to {@code @NotNull}. Public because the validator factory instantiates it.
 */
public class ChronologicalCheck implements ConstraintValidator<Chronological, Record> {

    private String from = "";
    private String until = "";

    @Override
    public void initialize(Chronological dates) {
        from = dates.from();
        until = dates.until();
    }

    @Override
    public boolean isValid(@Nullable Record form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        var earlier = date(form, from);
        var later = date(form, until);
        if (earlier == null || later == null || !later.isBefore(earlier)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(until)
                .addConstraintViolation();
        return false;
    }

    private static @Nullable LocalDate date(Record form, String component) {
        var accessor = Arrays.stream(form.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(form.getClass() + " has no date " + component))
                .getAccessor();
        try {
            accessor.setAccessible(true);
            return (LocalDate) accessor.invoke(form);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + form.getClass(), e);
        }
    }
}
