package de.lotse.query.forms;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The typeface every form is set in: DejaVu Sans, shipped in the resources with its licence
 * ({@code forms/fonts/LICENSE-DejaVu.txt}), because one face covers Latin, Cyrillic and Arabic
 * script and a form must print the same on a machine with no fonts installed. Each document embeds
 * the subset of glyphs it uses, addressed by Unicode (Identity-H), so its text can be copied and
 * searched. The parsed fonts are shared by all documents; each document keeps its own glyph subset.
 */
@Component
class FormFonts {

    private final BaseFont regular;
    private final BaseFont bold;

    FormFonts() {
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormFonts.class.getResourceAsStream("/forms/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the resources");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
