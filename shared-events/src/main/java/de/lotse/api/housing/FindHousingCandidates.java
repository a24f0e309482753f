package de.lotse.api.housing;

import de.lotse.api.access.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Find the active participants a caller may offer a unit to or employ on a renovation, by name:
 * those whose names the caller may see in housing answers (a housing officer, team lead or admin
 * every participant, a coach the own), whose name contains {@code name} when it is given, newest
 * entry first, at most {@link #MOST}. Answers a list of {@link HousingCandidate}.
 */
public record FindHousingCandidates(Caller caller, @Nullable String name) {

    /** A choice a person can read through, not a list of everyone; the name narrows it. */
    public static final int MOST = 50;
}
