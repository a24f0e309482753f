package de.lotse.query.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered form as a reader sees it, read back with PDFBox, an implementation independent of the
 * one that wrote it: its text, page sizes and fonts. The text is read cell by cell, in the order the
 * form was written, with every line break and run of spaces as one space, since where a line wraps
 * depends on the column's width, not on what the form says.
 */
record PrintedPdf(String text, List<PDRectangle> pageSizes, List<PDFont> fonts) {

    /** The text without any spaces, for a value that may wrap at a hyphen, such as an id. */
    String withoutSpaces() {
        return text.replaceAll("\\s+", "");
    }

    static PrintedPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var sizes = new ArrayList<PDRectangle>();
            var fonts = new ArrayList<PDFont>();
            for (var page : document.getPages()) {
                sizes.add(page.getMediaBox());
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return new PrintedPdf(text, sizes, fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
