package de.lotse.web.forms;

import de.lotse.api.forms.FindBlankIntakeForm;
import de.lotse.api.forms.FindFilledIntakeForm;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.forms.PrintableForm;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The entry questionnaire to print from the pages, as the query side renders it for the API too: the
 * blank one for anyone signed in, a participant's filled-in one for whoever may read that
 * participant. The browser opens the PDF in a tab of its own, from which it prints. The language
 * beside German is the parameter {@code language}, not the API's {@code lang}, because on the pages
 * {@code lang} switches the language of the UI itself.
 */
@Controller
class PrintedFormsController {

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    PrintedFormsController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/forms/intake.pdf")
    ResponseEntity<byte[]> blank(@RequestParam(required = false) @Nullable String language) {
        var beside = beside(language);
        var form = gateways.ask(new FindBlankIntakeForm(currentCaller.get(), beside), PrintableForm.class);
        return pdf(form);
    }

    @GetMapping("/participants/{id}/intake.pdf")
    ResponseEntity<byte[]> filled(@PathVariable UUID id, @RequestParam(required = false) @Nullable String language) {
        var beside = beside(language);
        var query = new FindFilledIntakeForm(currentCaller.get(), new ParticipantId(id), beside);
        return pdf(gateways.ask(query, PrintableForm.class));
    }

    /** German alone for an empty choice; a code the pages never offer is a bad request. */
    private static @Nullable FormLanguage beside(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return FormLanguage.ofCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
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
