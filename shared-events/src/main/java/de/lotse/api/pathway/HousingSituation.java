package de.lotse.api.pathway;

/** Where a participant lives, as the "good housing" building block tracks it. */
public enum HousingSituation {
    OWN_TENANCY,
    SUPPORTED_HOUSING,
    TEMPORARY_ACCOMMODATION,
    HOMELESS
}
