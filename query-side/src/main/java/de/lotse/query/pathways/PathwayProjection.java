package de.lotse.query.pathways;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralMade;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the pathway analytics: every event of a participant's stream is folded by the ESF+ fold
 * into the participant's participation, and whenever that changes what the analytics count a new
 * version is kept from the instant the event was recorded. Referrals are kept apart, with the
 * instants they were made and closed. Nothing personal reaches the tables: no name, no provider,
 * no note or reason.
 */
@Component
@ProcessingGroup("pathways")
class PathwayProjection {

    private final Pathways pathways;
    private final PathwayReferrals referrals;

    PathwayProjection(Pathways pathways, PathwayReferrals referrals) {
        this.pathways = pathways;
        this.referrals = referrals;
    }

    @EventHandler
    void on(ParticipantEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        var id = event.participantId().value();
        pathways.record(event, sequence, recordedAt);
        if (event instanceof ReferralMade made) {
            referrals.made(made.referralId().value(), id, made.area(), made.date(), recordedAt);
        } else if (event instanceof ReferralClosed closed) {
            referrals.closed(closed.referralId().value(), closed.outcome(), closed.date(), recordedAt);
        }
    }

    @ResetHandler
    void reset() {
        referrals.deleteAll();
        pathways.deleteAll();
    }
}
