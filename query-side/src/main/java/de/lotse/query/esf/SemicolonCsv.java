package de.lotse.query.esf;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A CSV download that a German spreadsheet opens as a table without an import dialogue: UTF-8
 * with a byte order mark, so that umlauts survive; {@code ;} between fields, because the comma is
 * the decimal separator in German locales; CRLF line ends; a header row naming the columns; a
 * field quoted only where CSV needs it, as when it holds a {@code ;}. Apache Commons CSV writes
 * the records straight into the response as they are printed. A controller answers with the
 * record and the content type {@code text/csv}, and this converter, found by the record's type,
 * writes it; it never reads. Public for the export's CSV, which has the same shape.
 */
public abstract class SemicolonCsv<T> extends AbstractHttpMessageConverter<T> {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Class<T> type;
    private final CSVFormat format;

    protected SemicolonCsv(Class<T> type, String... header) {
        super(StandardCharsets.UTF_8, new MediaType("text", "csv", StandardCharsets.UTF_8));
        this.type = type;
        this.format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .setHeader(header)
                .get();
    }

    /** Prints {@code value} as records below the header. */
    protected abstract void print(T value, CSVPrinter printer) throws IOException;

    @Override
    protected boolean supports(Class<?> clazz) {
        return type.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(@Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected T readInternal(Class<? extends T> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written, never read.", input);
    }

    @Override
    protected void writeInternal(T value, HttpOutputMessage output) throws IOException {
        var writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        var printer = new CSVPrinter(writer, format);
        print(value, printer);
        printer.flush();
    }
}
