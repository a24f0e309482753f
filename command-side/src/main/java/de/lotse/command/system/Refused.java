package de.lotse.command.system;

import de.lotse.api.access.Refusal;

/**
 * A command refused for a reason other than a pathway rule: a role that may not send it, an
 * unknown or taken account, a wrong password, a coach who is none. {@link CommandRefusals} turns
 * it into the shared {@link Refusal} that crosses JVMs.
 */
public class Refused extends RuntimeException {

    private final Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.detail());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
