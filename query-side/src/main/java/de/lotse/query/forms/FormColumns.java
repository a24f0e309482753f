package de.lotse.query.forms;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The body of a form as a table with a column per language: German on the left and the chosen
 * language beside it, or German alone across the page. Every row says the same in each column, so
 * that a reader of either language finds the whole form in their column. A right-to-left language
 * runs right to left in its column, where OpenPDF also shapes Arabic letters into their joined forms.
 * A row moves to the next page whole rather than split, and a heading or hint goes into the row of
 * what it introduces, so that it never stands alone at the foot of a page.
 */
final class FormColumns {

    private static final float TITLE = 13;
    private static final float HEADING = 10;
    private static final float TEXT = 8;
    private static final float NOTICE = 7.5f;
    private static final float SMALL = 6.5f;
    private static final float PADDING = 3;

    private final List<FormTexts> languages;
    private final FormFonts fonts;
    private final PdfPTable table;
    private final List<Function<FormTexts, Paragraph>> introductions = new ArrayList<>();

    FormColumns(List<FormTexts> languages, FormFonts fonts) {
        this.languages = List.copyOf(languages);
        this.fonts = fonts;
        this.table = new PdfPTable(languages.size());
        table.setWidthPercentage(100);
    }

    void title(String key) {
        row(texts -> List.of(paragraph(texts.text(key), fonts.bold(TITLE))));
    }

    /** A heading, printed in one row with what follows it. */
    void heading(String key) {
        introductions.add(texts -> {
            var heading = paragraph(texts.text(key), fonts.bold(HEADING));
            heading.setSpacingBefore(PADDING * 2);
            return heading;
        });
    }

    /** A hint in small type, printed in one row with what follows it. */
    void hint(String key) {
        introductions.add(texts -> paragraph(texts.text(key), fonts.regular(SMALL)));
    }

    void text(Function<FormTexts, String> words) {
        row(texts -> List.of(paragraph(words.apply(texts), fonts.regular(TEXT))));
    }

    /** Running text of the notice, set a little smaller than the questions. */
    void notice(Function<FormTexts, String> words) {
        row(texts -> List.of(paragraph(words.apply(texts), fonts.regular(NOTICE))));
    }

    void smallPrint(String key) {
        row(texts -> List.of(paragraph(texts.text(key), fonts.regular(SMALL))));
    }

    /** A numbered question with its answer lines (boxes, or a line to write on) beneath. */
    void question(int number, Question question) {
        row(texts -> {
            var label = paragraph(number + ". " + texts.text(question.key()), fonts.bold(TEXT));
            var answer = paragraph(String.join("\n", question.answerLines(texts)), fonts.regular(TEXT));
            if (texts.rightToLeft()) {
                answer.setIndentationRight(PADDING * 2);
            } else {
                answer.setIndentationLeft(PADDING * 2);
            }
            return List.of(label, answer);
        });
    }

    /** A box to tick followed by the statement it confirms. */
    void box(boolean ticked, String key) {
        var box = ticked ? Question.TICKED_BOX : Question.BOX;
        row(texts -> List.of(paragraph(box + " " + texts.text(key), fonts.bold(TEXT))));
    }

    PdfPTable table() {
        return table;
    }

    private void row(Function<FormTexts, List<Paragraph>> content) {
        var introduced = List.copyOf(introductions);
        introductions.clear();
        for (var texts : languages) {
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(PADDING);
            cell.setRunDirection(texts.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            introduced.forEach(introduction -> cell.addElement(introduction.apply(texts)));
            content.apply(texts).forEach(cell::addElement);
            table.addCell(cell);
        }
    }

    private static Paragraph paragraph(String words, Font font) {
        var paragraph = new Paragraph(words, font);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setLeading(font.getSize() * 1.25f);
        return paragraph;
    }
}
