package de.lotse.api.housing;

/** The kinds of occupancy right (Belegungsrecht) a housing office grants on a unit. */
public enum OccupancyRightKind {
    /** Any tenant with a housing entitlement certificate (Wohnberechtigungsschein). */
    GENERAL,
    /** Benennungsrecht: the owner chooses among at least three nominated candidates. */
    NOMINATION,
    /** Besetzungsrecht: Lotse names the tenant. */
    OCCUPANCY
}
