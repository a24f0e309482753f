package de.lotse.api.support;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * The participant was referred to a provider for one area of their living conditions, having
 * agreed that their data go to that provider. The referral stays open until it is closed with an
 * outcome. The provider is an organisation's name and stays readable; the note is the person's
 * own story and is sealed.
 */
@JsonTypeName("ReferralMade")
@Revision("1")
public record ReferralMade(
        ParticipantId participantId,
        ReferralId referralId,
        LocalDate date,
        ReferralArea area,
        String provider,
        @Nullable String note)
        implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("note");
    }
}
