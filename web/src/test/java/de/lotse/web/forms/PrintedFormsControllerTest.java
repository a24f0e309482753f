package de.lotse.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.forms.FindBlankIntakeForm;
import de.lotse.api.forms.FindFilledIntakeForm;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.forms.PrintableForm;
import de.lotse.api.participant.ParticipantId;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PrintedFormsController.class)
@WebSlice
class PrintedFormsControllerTest {

    private static final byte[] PDF = "%PDF-1.5 form".getBytes();
    private static final ParticipantId ID = new ParticipantId(UUID.fromString(Participants.ID));

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void opensTheBlankFormInTheChosenLanguageBesideGermanForAnyoneSignedIn() {
        answer(new PrintableForm("esf-intake-form-de-uk.pdf", PDF));

        var result = mvc.get()
                .uri("/forms/intake.pdf?language=uk")
                .with(user("housing").roles("HOUSING"))
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF)
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"esf-intake-form-de-uk.pdf\"");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        var query = (FindBlankIntakeForm) sentQuery();
        assertThat(query.beside()).isEqualTo(FormLanguage.UK);
        assertThat(query.caller().user()).isEqualTo("housing");
    }

    @Test
    void printsGermanAloneForTheEmptyChoiceAndLeavesTheLanguageOfThePagesAlone() {
        answer(new PrintableForm("esf-intake-form-de.pdf", PDF));

        var result = mvc.get()
                .uri("/forms/intake.pdf?language=")
                .with(user("coach1").roles("COACH"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getCookie("lotse-lang")).isNull();
        assertThat(((FindBlankIntakeForm) sentQuery()).beside()).isNull();
    }

    @Test
    void asksForTheParticipantsFilledFormAsTheViewer() {
        answer(new PrintableForm("esf-intake-form-" + ID + "-de-ro.pdf", PDF));

        assertThat(mvc.get()
                        .uri("/participants/{id}/intake.pdf?language=ro", ID.value())
                        .with(user("coach1").roles("COACH")))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
        var query = (FindFilledIntakeForm) sentQuery();
        assertThat(query.participantId()).isEqualTo(ID);
        assertThat(query.beside()).isEqualTo(FormLanguage.RO);
        assertThat(query.caller().user()).isEqualTo("coach1");
    }

    @Test
    void refusesALanguageThePagesNeverOffer() {
        assertThat(mvc.get()
                        .uri("/forms/intake.pdf?language=fr")
                        .with(user("coach1").roles("COACH")))
                .hasStatus(400);
        verifyNoInteractions(queries);
    }

    @Test
    void showsTheErrorPageForAnErasedParticipantOrOneOfAnotherCaseload() {
        refuseWith(Refusal.personalDataErased(ID));
        assertThat(mvc.get()
                        .uri("/participants/{id}/intake.pdf", ID.value())
                        .with(user("lead").roles("TEAM_LEAD")))
                .hasStatus(409);

        refuseWith(Refusal.notYourCaseload(ID));
        assertThat(mvc.get()
                        .uri("/participants/{id}/intake.pdf", ID.value())
                        .with(user("coach2").roles("COACH")))
                .hasStatus(403);
    }

    @Test
    void keepsTheFilledFormFromEvaluators() {
        assertThat(mvc.get()
                        .uri("/participants/{id}/intake.pdf", ID.value())
                        .with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
        verifyNoInteractions(queries);
    }

    private void answer(PrintableForm form) {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(form));
    }

    private void refuseWith(Refusal refusal) {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(
                        CompletableFuture.failedFuture(new QueryExecutionException(refusal.detail(), null, refusal)));
    }

    private Object sentQuery() {
        var query = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }
}
