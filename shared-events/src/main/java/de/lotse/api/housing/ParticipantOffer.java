package de.lotse.api.housing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An offer of a unit to the participant, as their coach sees it: which unit, where, and how it
 * stands; {@code endedOn} is the day it was answered, expired or withdrawn.
 */
public record ParticipantOffer(
        String id,
        String unitId,
        String address,
        String label,
        OfferStatus status,
        LocalDate offeredOn,
        LocalDate respondBy,
        @Nullable LocalDate endedOn) {}
