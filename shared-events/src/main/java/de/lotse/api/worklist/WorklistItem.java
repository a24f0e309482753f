package de.lotse.api.worklist;

import java.time.LocalDate;

/**
 * One thing due for a participant: what kind, since when, and a short detail without personal
 * data (a date, a referral's area and provider, an offer's answer date).
 */
public record WorklistItem(
        String participantId, String displayName, String coach, WorklistKind kind, LocalDate dueOn, String detail) {}
