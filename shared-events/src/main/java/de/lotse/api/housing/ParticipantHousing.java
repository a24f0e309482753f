package de.lotse.api.housing;

import java.util.List;

/** A participant's housing offers and tenancies, each list oldest first. */
public record ParticipantHousing(List<ParticipantOffer> offers, List<ParticipantTenancy> tenancies) {

    public static final ParticipantHousing NONE = new ParticipantHousing(List.of(), List.of());

    public ParticipantHousing {
        offers = List.copyOf(offers);
        tenancies = List.copyOf(tenancies);
    }
}
