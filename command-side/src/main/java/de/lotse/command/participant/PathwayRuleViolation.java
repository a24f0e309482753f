package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A command broke a pathway rule given what the participant's history holds. The detail names
 * dates and stages, never personal data; {@code existingId} names the participant a duplicate
 * intake collides with.
 */
public class PathwayRuleViolation extends RuntimeException {

    private final PathwayRule rule;
    private final @Nullable ParticipantId existingId;

    public PathwayRuleViolation(PathwayRule rule, String detail) {
        this(rule, detail, null);
    }

    public PathwayRuleViolation(PathwayRule rule, String detail, @Nullable ParticipantId existingId) {
        super(detail);
        this.rule = rule;
        this.existingId = existingId;
    }

    public PathwayRule rule() {
        return rule;
    }

    /** The shared form that travels between JVMs as the details of a command execution exception. */
    public RuleViolation toRuleViolation() {
        return new RuleViolation(rule, getMessage(), existingId == null ? null : existingId.toString());
    }
}
