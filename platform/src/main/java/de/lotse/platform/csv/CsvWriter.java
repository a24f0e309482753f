package de.lotse.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one CSV file, record by record, straight into a stream in UTF-8: the header first, then
 * a {@link #row} at a time, so a long export never sits in memory. A missing value is an empty
 * field.
 *
 * <p>Every text field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading {@code '}, as OWASP advises against CSV injection: a spreadsheet
 * would otherwise run it as a formula, and text in Lotse's files can come from users (a user
 * name, a title). Numbers are written as they are, even a negative one: they are data, never a
 * formula, and a prefixed {@code '-3} would reach the spreadsheet as text, not as a number. So
 * whether a field is neutralised depends on its Java type, never on whether the text looks numeric.
 */
public final class CsvWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file in {@code out} with the dialect's byte order mark, if any, and the header. */
    public static CsvWriter start(OutputStream out, CsvDialect dialect, String... header) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (dialect.byteOrderMark()) {
            writer.write(BYTE_ORDER_MARK);
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(dialect.separator())
                .setRecordSeparator("\r\n")
                .setHeader(header)
                .get();
        return new CsvWriter(new CSVPrinter(writer, format));
    }

    public void row(@Nullable Object... fields) throws IOException {
        row(Arrays.asList(fields));
    }

    public void row(List<? extends @Nullable Object> fields) throws IOException {
        printer.printRecord(fields.stream().map(CsvWriter::field).toList());
    }

    /** Writes what is buffered to the stream, which stays open: it belongs to the caller. */
    public void flush() throws IOException {
        printer.flush();
    }

    static @Nullable Object field(@Nullable Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        var text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
