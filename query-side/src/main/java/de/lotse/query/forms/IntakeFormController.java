package de.lotse.query.forms;

import de.lotse.api.forms.FindBlankIntakeForm;
import de.lotse.api.forms.FindFilledIntakeForm;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.forms.PrintableForm;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.problem.InvalidParameter;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ESF+ entry questionnaire to print, blank or filled in, as a PDF shown in the browser. The
 * optional {@code lang} is the language printed beside the German text; a language the forms are
 * not translated into is refused here, in the problem format, before anything is rendered.
 */
@RestController
@Tag(name = "Forms")
class IntakeFormController {

    private static final String LANGUAGE =
            "The language printed beside German, one of en, ro, bg, tr, ar, uk;" + " German alone without it.";

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    IntakeFormController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getBlankIntakeForm",
            summary = "Print the blank ESF+ entry questionnaire",
            description = "Every intake question with its boxes, the consent and the data-protection notice, as an A4"
                    + " PDF with embedded fonts, in German and beside it in `lang`. Open to anyone signed in.")
    @ApiResponse(
            responseCode = "200",
            description = "The form.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/forms/intake.pdf")
    ResponseEntity<byte[]> blank(
            @Parameter(description = LANGUAGE) @RequestParam(required = false) @Nullable String lang) {
        var beside = beside(lang);
        return pdf(ask(new FindBlankIntakeForm(currentCaller.get(), beside)));
    }

    @Operation(
            operationId = "getFilledIntakeForm",
            summary = "Print a participant's filled-in ESF+ entry questionnaire for signature",
            description =
                    "The questionnaire with the participant's recorded answers, corrections applied, in German and"
                            + " beside it in `lang`. Read like the participant: a coach only for the own caseload.")
    @ApiResponse(
            responseCode = "200",
            description = "The filled-in form.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The participant's personal data are erased.")
    @GetMapping("/api/participants/{id}/intake.pdf")
    ResponseEntity<byte[]> filled(
            @PathVariable UUID id,
            @Parameter(description = LANGUAGE) @RequestParam(required = false) @Nullable String lang) {
        var beside = beside(lang);
        var query = new FindFilledIntakeForm(currentCaller.get(), new ParticipantId(id), beside);
        return pdf(ask(query));
    }

    private PrintableForm ask(Object query) {
        return queries.query(query, ResponseTypes.instanceOf(PrintableForm.class))
                .join();
    }

    private static @Nullable FormLanguage beside(@Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return FormLanguage.ofCode(lang)
                .orElseThrow(() -> new InvalidParameter(
                        "lang", "must be one of " + FormLanguage.codes() + ", or left out for German alone"));
    }

    private static ResponseEntity<byte[]> pdf(PrintableForm form) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(form.fileName())
                                .build()
                                .toString())
                .body(form.pdf());
    }
}
