package de.lotse.api.housing;

/** Why a tenancy ended. */
public enum TenancyEndReason {
    MOVED_ON,
    TERMINATED_BY_TENANT,
    TERMINATED_BY_OWNER,
    EVICTION,
    OTHER
}
