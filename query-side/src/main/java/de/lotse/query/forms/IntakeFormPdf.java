package de.lotse.query.forms;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.participant.ParticipantView;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ESF+ entry questionnaire as an A4 PDF: the questions with their boxes, the data-protection
 * notice, the consent to tick and the lines to sign on, in German and beside it the participant's
 * language. Filled in, it shows the participant's recorded answers, so that they can check and sign
 * what was taken down for them.
 */
@Component
class IntakeFormPdf {

    private static final float MARGIN = 40;
    private static final float SPACE_TO_SIGN = 36;

    private final FormFonts fonts;
    private final DataProtectionNotice notice;

    IntakeFormPdf(FormFonts fonts, DataProtectionNotice notice) {
        this.fonts = fonts;
        this.notice = notice;
    }

    byte[] blank(@Nullable FormLanguage beside) {
        return render(languages(beside), Optional.empty());
    }

    byte[] filled(ParticipantView participant, @Nullable FormLanguage beside) {
        return render(languages(beside), Optional.of(participant));
    }

    private byte[] render(List<FormTexts> languages, Optional<ParticipantView> participant) {
        var pdf = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(languages.get(0).text("form.title"));
        document.addCreator("Lotse");
        document.open();
        document.add(questionsAndNotice(languages, participant).table());
        document.add(consentAndSignatures(languages, participant));
        document.close();
        return pdf.toByteArray();
    }

    private FormColumns questionsAndNotice(List<FormTexts> languages, Optional<ParticipantView> participant) {
        var columns = new FormColumns(languages, fonts);
        columns.title("form.title");
        columns.text(texts -> texts.text("form.subtitle"));
        participant.ifPresent(p -> columns.text(texts -> texts.text("form.participantId") + ": " + p.id()));
        var sections = participant.map(IntakeQuestions::answeredBy).orElseGet(IntakeQuestions::blank);
        var number = 0;
        for (var section : sections) {
            columns.heading(section.key());
            var hint = section.hintKey();
            if (hint != null) {
                columns.hint(hint);
            }
            for (var question : section.questions()) {
                columns.question(++number, question);
            }
        }
        columns.heading("notice.title");
        var paragraphs = notice.paragraphs(languages.get(0)).size();
        for (var index = 0; index < paragraphs; index++) {
            var paragraph = index;
            columns.notice(texts -> notice.paragraphs(texts).get(paragraph));
        }
        return columns;
    }

    /** The consent and the lines to sign on, kept on one page: nobody should sign under half a statement. */
    private PdfPTable consentAndSignatures(List<FormTexts> languages, Optional<ParticipantView> participant) {
        var consent = new FormColumns(languages, fonts);
        consent.heading("consent.title");
        consent.box(participant.map(ParticipantView::consentGiven).orElse(false), "consent.statement");
        if (languages.size() > 1) {
            consent.smallPrint("form.translation.review");
        }
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.addCell(part(consent.table(), 0));
        block.addCell(part(new SignatureLines(fonts).table(languages), SPACE_TO_SIGN));
        return block;
    }

    private static PdfPCell part(PdfPTable table, float spaceAbove) {
        var cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(spaceAbove);
        return cell;
    }

    private static List<FormTexts> languages(@Nullable FormLanguage beside) {
        var languages = new ArrayList<FormTexts>();
        languages.add(FormTexts.german());
        if (beside != null) {
            languages.add(FormTexts.of(beside));
        }
        return languages;
    }
}
