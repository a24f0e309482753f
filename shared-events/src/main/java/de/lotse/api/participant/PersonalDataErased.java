package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.axonframework.serialization.Revision;

/**
 * The participant's personal data were erased: their key is destroyed, so every personal field of
 * every event of theirs reads {@code [erased]} from now on, while the indicator data stay. The
 * reason is the administrator's record of why, and must name no person.
 */
@JsonTypeName("PersonalDataErased")
@Revision("1")
public record PersonalDataErased(ParticipantId participantId, String reason, boolean retentionOverridden)
        implements ParticipantEvent {}
