package de.lotse.query.forms;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * The lines the participant and the coach sign on, once for the whole form, with a row of
 * captions per language beneath them, each row running in its language's direction.
 */
final class SignatureLines {

    private static final List<String> CAPTIONS = List.of("signature.place", "signature.participant", "signature.coach");
    /** The widths of the three lines and of the gaps that keep them apart. */
    private static final float[] WIDTHS = {10, 1, 10, 1, 10};

    private static final float CAPTION = 7;

    private final FormFonts fonts;

    SignatureLines(FormFonts fonts) {
        this.fonts = fonts;
    }

    PdfPTable table(List<FormTexts> languages) {
        var table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        for (var texts : languages) {
            var border = texts == languages.get(0) ? Rectangle.TOP : Rectangle.NO_BORDER;
            for (var index = 0; index < CAPTIONS.size(); index++) {
                if (index > 0) {
                    table.addCell(cell(Rectangle.NO_BORDER, texts));
                }
                var caption = cell(border, texts);
                var words = new Paragraph(texts.text(CAPTIONS.get(index)), fonts.regular(CAPTION));
                words.setAlignment(Element.ALIGN_LEFT);
                caption.addElement(words);
                table.addCell(caption);
            }
        }
        return table;
    }

    private static PdfPCell cell(int border, FormTexts texts) {
        var cell = new PdfPCell();
        cell.setBorder(border);
        cell.setPadding(2);
        cell.setRunDirection(texts.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }
}
