package de.lotse.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes an answer of type {@code T} as a CSV download: a controller answers with the record and
 * the content type {@code text/csv}, and this converter, found by the record's type, writes it
 * with a {@link CsvWriter}. It never reads.
 */
public abstract class CsvConverter<T> extends AbstractHttpMessageConverter<T> {

    private final Class<T> type;

    protected CsvConverter(Class<T> type) {
        super(StandardCharsets.UTF_8, new MediaType("text", "csv", StandardCharsets.UTF_8));
        this.type = type;
    }

    /** Writes {@code value} as a whole CSV file into {@code out}. */
    protected abstract void write(T value, OutputStream out) throws IOException;

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
        write(value, output.getBody());
    }
}
