package de.lotse.api.support;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A referral ended on the given date with its outcome. The reason, always given for
 * {@link ReferralOutcome#NOT_RESOLVED}, is free text about the person and is sealed.
 */
@JsonTypeName("ReferralClosed")
@Revision("1")
public record ReferralClosed(
        ParticipantId participantId,
        ReferralId referralId,
        LocalDate date,
        ReferralOutcome outcome,
        @Nullable String reason)
        implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("reason");
    }
}
