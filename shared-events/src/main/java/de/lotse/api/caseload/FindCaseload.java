package de.lotse.api.caseload;

import de.lotse.api.access.Caller;
import de.lotse.api.pathway.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Find one page of the caseload, filtered by coach, status, a stage the participant is active in,
 * follow-up due and a name search.
 * A coach only ever sees the own caseload, whatever coach filter is asked for.
 */
public record FindCaseload(
        Caller caller,
        @Nullable String coach,
        @Nullable ParticipantStatus status,
        @Nullable Stage stage,
        @Nullable Boolean followUpDue,
        @Nullable String q,
        int page,
        int size) {}
