package de.lotse.api.participant;

/** Gender as the ESF+ regulation breaks every indicator down: women, men, non-binary. */
public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY
}
