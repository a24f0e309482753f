package de.lotse.query.worklist;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralMade;
import de.lotse.api.worklist.WorklistKind;
import org.springframework.stereotype.Component;

/**
 * {@code REFERRAL_OPEN}: a referral still open more than 14 days after its date. It is due on the
 * fourteenth day and shown from the day after, when it has been open for more than 14 days; closing
 * the referral settles it. Referrals go on after the exit, and so do their items. The detail names
 * the area and the provider, never the note.
 */
@Component
class ReferralOpenRule implements WorklistRule {

    static final int DAYS_OPEN = 14;

    @Override
    public void apply(ParticipantEvent event, WorklistCase participant, Occasion occasion) {
        if (event instanceof ReferralMade made) {
            var due = made.date().plusDays(DAYS_OPEN);
            occasion.open(
                    WorklistKind.REFERRAL_OPEN,
                    made.referralId().toString(),
                    due,
                    due.plusDays(1),
                    made.area().name() + ": " + made.provider());
        } else if (event instanceof ReferralClosed closed) {
            occasion.settle(WorklistKind.REFERRAL_OPEN, closed.referralId().toString());
        }
    }
}
