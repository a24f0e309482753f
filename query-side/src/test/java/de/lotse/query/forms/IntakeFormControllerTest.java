package de.lotse.query.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import de.lotse.api.access.Refusal;
import de.lotse.api.forms.FindBlankIntakeForm;
import de.lotse.api.forms.FindFilledIntakeForm;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.forms.PrintableForm;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.testing.ApiSecurity;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = IntakeFormController.class,
        properties = {"spring.main.banner-mode=off"})
@WithMockUser(username = "coach1", roles = "COACH")
class IntakeFormControllerTest {

    private static final UUID ID = UUID.fromString("0b6f3a52-6a8e-4e4c-9a4f-1f7f0c3d2e10");
    private static final byte[] PDF = "%PDF-1.5 form".getBytes();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    void answersTheBlankFormAsAPdfWithTheLanguageBesideGerman() {
        answer(new PrintableForm("esf-intake-form-de-ro.pdf", PDF));

        var result = mvc.get().uri("/api/forms/intake.pdf").param("lang", "ro").exchange();

        assertThat(result)
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF)
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"esf-intake-form-de-ro.pdf\"");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        var query = (FindBlankIntakeForm) sentQuery();
        assertThat(query.beside()).isEqualTo(FormLanguage.RO);
        assertThat(query.caller().user()).isEqualTo("coach1");
    }

    @Test
    void printsGermanAloneWithoutALanguage() {
        answer(new PrintableForm("esf-intake-form-de.pdf", PDF));

        assertThat(mvc.get().uri("/api/forms/intake.pdf"))
                .hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"esf-intake-form-de.pdf\"");
        assertThat(((FindBlankIntakeForm) sentQuery()).beside()).isNull();
    }

    @Test
    void asksForTheParticipantsFilledForm() {
        answer(new PrintableForm("esf-intake-form-" + ID + "-de-ar.pdf", PDF));

        assertThat(mvc.get().uri("/api/participants/{id}/intake.pdf", ID).param("lang", "ar"))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF)
                .hasHeader(
                        HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"esf-intake-form-" + ID + "-de-ar.pdf\"");
        var query = (FindFilledIntakeForm) sentQuery();
        assertThat(query.participantId()).isEqualTo(new ParticipantId(ID));
        assertThat(query.beside()).isEqualTo(FormLanguage.AR);
        assertThat(query.caller().user()).isEqualTo("coach1");
    }

    @Test
    void refusesALanguageTheFormsAreNotTranslatedIntoWith400() {
        assertThat(mvc.get().uri("/api/forms/intake.pdf").param("lang", "fr"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:lotse:problem:invalid-request", "status": 400,
                         "errors": [{"field": "lang",
                                     "message": "must be one of en, ro, bg, tr, ar, uk, or left out for German alone"}]}""");
        assertThat(mvc.get().uri("/api/participants/{id}/intake.pdf", ID).param("lang", "DE"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        verifyNoInteractions(queries);
    }

    @Test
    void answersAnErasedParticipantWith409() {
        refuseWith(Refusal.personalDataErased(new ParticipantId(ID)));

        assertThat(mvc.get().uri("/api/participants/{id}/intake.pdf", ID))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:personal-data-erased");
    }

    @Test
    void answersAParticipantOfAnotherCaseloadWith403() {
        refuseWith(Refusal.notYourCaseload(ID));

        assertThat(mvc.get().uri("/api/participants/{id}/intake.pdf", ID))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:not-your-caseload");
    }

    private void answer(PrintableForm form) {
        doReturn(CompletableFuture.completedFuture(form)).when(queries).query(any(), any(ResponseType.class));
    }

    private void refuseWith(Refusal refusal) {
        doReturn(CompletableFuture.failedFuture(new QueryExecutionException(refusal.detail(), null, refusal)))
                .when(queries)
                .query(any(), any(ResponseType.class));
    }

    private Object sentQuery() {
        var query = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }
}
