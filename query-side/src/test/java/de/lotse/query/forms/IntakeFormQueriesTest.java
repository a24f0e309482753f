package de.lotse.query.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.forms.FindBlankIntakeForm;
import de.lotse.api.forms.FindFilledIntakeForm;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.platform.privacy.RetentionPolicy;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;

class IntakeFormQueriesTest {

    private static final Caller COACH = new Caller("coach1", Set.of(Role.COACH));
    private static final Caller HOUSING = new Caller("housing", Set.of(Role.HOUSING));
    private static final ParticipantId ID = new ParticipantId(UUID.fromString("6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b"));

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final IntakeFormQueries queries = new IntakeFormQueries(
            new IntakeFormPdf(
                    new FormFonts(), new DataProtectionNotice(new FormProperties(null), new RetentionPolicy(null))),
            gateway);

    @Test
    void printsTheBlankFormForAnyoneSignedIn() {
        var form = queries.handle(new FindBlankIntakeForm(HOUSING, FormLanguage.BG));

        assertThat(form.fileName()).isEqualTo("esf-intake-form-de-bg.pdf");
        assertThat(PrintedPdf.read(form.pdf()).text()).contains("ESF+-Eintrittsfragebogen", "Въпросник");
    }

    @Test
    void readsTheParticipantAsTheCallerThroughTheGatewayAndFillsInTheAnswers() {
        answer(IntakeFormPdfTest.elena());

        var form = queries.handle(new FindFilledIntakeForm(COACH, ID, FormLanguage.RO));

        assertThat(form.fileName()).isEqualTo("esf-intake-form-" + ID + "-de-ro.pdf");
        assertThat(PrintedPdf.read(form.pdf()).text()).contains("Elena", "Popescu", "☒ feminin");
        verify(gateway).query(eq(new FindParticipant(COACH, ID)), any(ResponseType.class));
    }

    @Test
    void passesOnTheRefusalOfReadingTheParticipant() {
        var refusal = Refusal.notYourCaseload(ID);
        doReturn(CompletableFuture.failedFuture(new QueryExecutionException(refusal.detail(), null, refusal)))
                .when(gateway)
                .query(any(), any(ResponseType.class));

        var refused = catchThrowableOfType(
                QueryExecutionException.class, () -> queries.handle(new FindFilledIntakeForm(COACH, ID, null)));

        assertThat(refused.<Refusal>getDetails()).contains(refusal);
    }

    @Test
    void refusesToFillInTheFormOfAParticipantWhoseDataAreErased() {
        answer(erased(IntakeFormPdfTest.elena()));

        var refused = catchThrowableOfType(
                QueryExecutionException.class, () -> queries.handle(new FindFilledIntakeForm(COACH, ID, null)));

        assertThat(refused.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.PERSONAL_DATA_ERASED);
    }

    private void answer(ParticipantView participant) {
        doReturn(CompletableFuture.completedFuture(participant)).when(gateway).query(any(), any(ResponseType.class));
    }

    private static ParticipantView erased(ParticipantView p) {
        return new ParticipantView(
                p.id(),
                "[erased]",
                "[erased]",
                null,
                "[erased]",
                p.gender(),
                p.entryDate(),
                p.labourStatus(),
                p.isced(),
                p.nationality(),
                p.foreignBackground(),
                p.disability(),
                p.minority(),
                p.homeless(),
                p.rural(),
                p.consentGiven(),
                p.coach(),
                true,
                p.stages(),
                p.qualifications(),
                p.situations(),
                p.housing(),
                p.exit(),
                p.followUp(),
                p.referrals(),
                p.mobility(),
                p.offers(),
                p.tenancies());
    }
}
