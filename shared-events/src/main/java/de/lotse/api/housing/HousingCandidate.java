package de.lotse.api.housing;

/** A participant a unit can be offered to or a renovation can employ, under the name shown for them. */
public record HousingCandidate(String participantId, String displayName) {}
