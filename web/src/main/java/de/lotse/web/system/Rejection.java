package de.lotse.web.system;

import de.lotse.api.access.Refusal;
import de.lotse.api.operations.ReplayRefusal;
import de.lotse.api.pathway.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Why a command was not carried out, as a page shows it: a message key of the bundle and, for a
 * duplicate intake, the participant it collides with. A broken pathway rule is keyed by the
 * rule's name ({@code rule.COACHING_FIRST}), so every rule reads in the user's language.
 */
public record Rejection(String messageKey, @Nullable String existingId) {

    static Rejection of(RuleViolation violation) {
        return new Rejection("rule." + violation.rule().name(), violation.existingId());
    }

    static Rejection of(Refusal refusal) {
        return new Rejection("refusal." + refusal.reason().name(), null);
    }

    static Rejection of(ReplayRefusal refusal) {
        return new Rejection("replayRefusal." + refusal.reason().name(), null);
    }

    static Rejection concurrentChange() {
        return new Rejection("rejection.concurrentChange", null);
    }
}
