package de.lotse.api.housing;

/** How the programme holds a property. */
public enum Holding {
    /** Bought by the programme's owner. */
    PURCHASED,
    /** Leased from its owner. */
    LEASED,
    /** Social property management for an overburdened owner. */
    MANAGED_FOR_OWNER,
    /** Lotse holds no more than occupancy rights on units of a third party. */
    OCCUPANCY_RIGHTS
}
