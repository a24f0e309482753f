package de.lotse.command.housing;

import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.HousingViolation;

/**
 * A command broke a housing rule given what the unit's, the renovation's or the portfolio's
 * history holds. The detail names ids and dates, never personal data.
 */
public class HousingRuleViolation extends RuntimeException {

    private final HousingRule rule;

    public HousingRuleViolation(HousingRule rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public HousingRule rule() {
        return rule;
    }

    /** The shared form that travels between JVMs as the details of a command execution exception. */
    public HousingViolation toViolation() {
        return new HousingViolation(rule, getMessage());
    }
}
