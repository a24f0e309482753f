package de.lotse.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+49 231", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(CsvWriter.field(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EECO01", "a=b", "O'Brien", "", " =padded"})
    void leavesOtherTextAsItIs(String text) {
        assertThat(CsvWriter.field(text)).isEqualTo(text);
    }

    @Test
    void leavesNumbersAsTheyAreEvenNegativeOnes() {
        assertThat(CsvWriter.field(-3L)).isEqualTo(-3L);
        assertThat(CsvWriter.field(-0.5)).isEqualTo(-0.5);
        assertThat(CsvWriter.field(7)).isEqualTo(7);
    }

    @Test
    void neutralisesAnyOtherValueByItsText() {
        assertThat(CsvWriter.field(LocalDate.of(-1, 1, 1))).isEqualTo("'-0001-01-01");
        assertThat(CsvWriter.field(LocalDate.of(2026, 1, 15))).isEqualTo("2026-01-15");
    }

    @Test
    void writesGermanSpreadsheetsSemicolonsAfterAByteOrderMark() throws IOException {
        var out = new ByteArrayOutputStream();
        var csv = CsvWriter.start(out, CsvDialect.GERMAN_SPREADSHEET, "name", "count");
        csv.row("Müller; Anna", -2);
        csv.row("=HYPERLINK(\"http://evil\")", null);
        csv.flush();

        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname;count\r\n" + "\"Müller; Anna\";-2\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\";\r\n");
    }

    @Test
    void writesRfc4180ForToolsWithCommasAndNoByteOrderMark() throws IOException {
        var out = new ByteArrayOutputStream();
        var csv = CsvWriter.start(out, CsvDialect.RFC_4180, "user", "sequence");
        csv.row("@admin", 4L);
        csv.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("user,sequence\r\n'@admin,4\r\n");
    }
}
