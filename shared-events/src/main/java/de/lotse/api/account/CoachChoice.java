package de.lotse.api.account;

/** A person a participant may be assigned to: an enabled account with the role COACH or TEAM_LEAD. */
public record CoachChoice(String username, String displayName) {}
