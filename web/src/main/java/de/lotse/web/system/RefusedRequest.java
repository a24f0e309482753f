package de.lotse.web.system;

import de.lotse.api.access.Refusal;

/** A read the query side refused: an unknown participant, or one outside the caller's caseload. */
public class RefusedRequest extends RuntimeException {

    private final Refusal refusal;

    public RefusedRequest(Refusal refusal) {
        super(refusal.reason().name());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
