package de.lotse.api.support;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * The participant got support for their mobility on the given date, optionally with its amount in
 * euros. The region tells where the person goes to work or live, so it is sealed like the note
 * and the postcode.
 */
@JsonTypeName("MobilitySupportRecorded")
@Revision("1")
public record MobilitySupportRecorded(
        ParticipantId participantId,
        LocalDate date,
        MobilityKind kind,
        @Nullable String region,
        @Nullable BigDecimal amountEur,
        @Nullable String note)
        implements ParticipantEvent {

    public MobilitySupportRecorded {
        amountEur = Euros.inCents(amountEur);
    }

    @Override
    public Set<String> personalFields() {
        return Set.of("region", "note");
    }
}
