package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.DATE_BEFORE_REFERRAL;
import static de.lotse.api.pathway.PathwayRule.REFERRAL_CLOSED;

import de.lotse.api.access.Refusal;
import de.lotse.api.support.ReferralId;
import de.lotse.command.system.Refused;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The part of the participant's state the referral rules read: the day each referral was made and
 * which are closed. Kept apart from {@link Participant}, as {@link ActiveStages} is, so that these
 * rules sit in one place. Referrals need no pathway state of their own, but they share the
 * participant's entry date and erasure, so they live in the participant's stream.
 */
@StoredByFields
final class Referrals {

    private final Map<ReferralId, LocalDate> madeOn = new HashMap<>();
    private final Set<ReferralId> closed = new HashSet<>();

    void made(ReferralId referral, LocalDate date) {
        madeOn.put(referral, date);
    }

    void closed(ReferralId referral) {
        closed.add(referral);
    }

    /**
     * Only a referral made for this participant can be closed, once, and not before the day it was
     * made. An id the participant never had is unknown (404), not a broken rule.
     */
    void requireMayClose(ReferralId referral, LocalDate date) {
        var made = madeOn.get(referral);
        if (made == null) {
            throw new Refused(Refusal.unknownReferral(referral));
        }
        if (closed.contains(referral)) {
            throw new PathwayRuleViolation(REFERRAL_CLOSED, "Referral " + referral + " is closed already.");
        }
        if (date.isBefore(made)) {
            throw new PathwayRuleViolation(
                    DATE_BEFORE_REFERRAL, date + " lies before the referral was made on " + made + ".");
        }
    }
}
