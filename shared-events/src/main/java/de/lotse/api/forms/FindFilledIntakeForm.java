package de.lotse.api.forms;

import de.lotse.api.access.Caller;
import de.lotse.api.participant.ParticipantId;
import org.jspecify.annotations.Nullable;

/**
 * Find the ESF+ entry questionnaire filled in with the participant's recorded answers (corrections
 * applied), for their signature, in German and, side by side, in {@code beside}.
 */
public record FindFilledIntakeForm(
        Caller caller,
        ParticipantId participantId,
        @Nullable FormLanguage beside) {}
