package de.lotse.web.system;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.operations.NothingParked;
import de.lotse.api.operations.ReplayRefusal;
import de.lotse.api.pathway.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Why a command was not carried out, as a page shows it: a message key of the bundle, for a
 * duplicate intake the participant it collides with, and for a refusal of one input the form
 * field it concerns. A broken pathway rule is keyed by the rule's name ({@code
 * rule.COACHING_FIRST}), a broken housing rule likewise ({@code housingRule.UNIT_OCCUPIED}), so
 * every rule reads in the user's language.
 */
public record Rejection(
        String messageKey,
        @Nullable String existingId,
        @Nullable String field) {

    static Rejection of(RuleViolation violation) {
        return new Rejection("rule." + violation.rule().name(), violation.existingId(), null);
    }

    static Rejection of(HousingViolation violation) {
        return new Rejection("housingRule." + violation.rule().name(), null, null);
    }

    static Rejection of(Refusal refusal) {
        return new Rejection("refusal." + refusal.reason().name(), null, fieldOf(refusal));
    }

    static Rejection of(ReplayRefusal refusal) {
        return new Rejection("replayRefusal." + refusal.reason().name(), null, null);
    }

    static Rejection of(NothingParked nothing) {
        return new Rejection("parked.nothingParked", null, null);
    }

    static Rejection concurrentChange() {
        return new Rejection("rejection.concurrentChange", null, null);
    }

    /**
     * Shows the rejection beside the form field it concerns, as bean validation shows an invalid
     * input; answers false when it concerns the form as a whole, which then shows it above.
     */
    public boolean markOn(Errors form) {
        if (field == null) {
            return false;
        }
        form.rejectValue(field, messageKey);
        return true;
    }

    /**
     * The API answers a taken user name or provider name with a 409 that names no field, but in
     * the form that opens an account or lists a provider it is the name field that has to change.
     */
    private static @Nullable String fieldOf(Refusal refusal) {
        return switch (refusal.reason()) {
            case USERNAME_TAKEN -> "username";
            case PROVIDER_NAME_TAKEN -> "name";
            default -> refusal.field().orElse(null);
        };
    }
}
