package de.lotse.query.forms;

import static de.lotse.query.system.Refusals.refused;

import de.lotse.api.access.Refusal;
import de.lotse.api.forms.FindBlankIntakeForm;
import de.lotse.api.forms.FindFilledIntakeForm;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.forms.PrintableForm;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantView;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers with the entry questionnaire as a PDF. The blank form holds nobody's data, so anyone
 * signed in may print it. The filled form reads the participant as {@link FindParticipant} through
 * the query gateway, so that it follows the very rules of reading the participant (role, a coach's
 * own caseload, unknown participant) and shows the answers with corrections applied, as the
 * participant view keeps them. After erasure there is no name left to sign under, so it refuses.
 */
@Component
class IntakeFormQueries {

    private final IntakeFormPdf pdf;
    private final QueryGateway queries;

    IntakeFormQueries(IntakeFormPdf pdf, QueryGateway queries) {
        this.pdf = pdf;
        this.queries = queries;
    }

    @QueryHandler
    PrintableForm handle(FindBlankIntakeForm query) {
        return new PrintableForm(fileName("esf-intake-form", query.beside()), pdf.blank(query.beside()));
    }

    @QueryHandler
    PrintableForm handle(FindFilledIntakeForm query) {
        var participant = participant(new FindParticipant(query.caller(), query.participantId()));
        if (participant.erased()) {
            throw refused(Refusal.personalDataErased(query.participantId()));
        }
        var name = "esf-intake-form-" + query.participantId();
        return new PrintableForm(fileName(name, query.beside()), pdf.filled(participant, query.beside()));
    }

    private static String fileName(String form, @Nullable FormLanguage beside) {
        return form + "-de" + (beside == null ? "" : "-" + beside.code()) + ".pdf";
    }

    /** The participant, or the refusal of the participant's query handler, passed on as it was. */
    private ParticipantView participant(FindParticipant query) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(ParticipantView.class))
                    .join();
        } catch (CompletionException failure) {
            throw failure.getCause() instanceof RuntimeException refusal ? refusal : failure;
        }
    }
}
