package de.lotse.api.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a participant's personal data (GDPR Art. 17) by destroying their key. While the legal
 * retention period runs, only an explicit override with a reason may do so.
 */
public record ErasePersonalData(
        @TargetAggregateIdentifier ParticipantId participantId, String reason, boolean overrideRetention) {}
