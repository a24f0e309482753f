package de.lotse.platform.csv;

/**
 * Who opens a CSV file decides its dialect. Both end records with CRLF, start with a header row
 * and quote a field only where CSV needs it, as when it holds the separator.
 */
public enum CsvDialect {

    /**
     * For German spreadsheets, which then open the file as a table without an import dialogue:
     * UTF-8 with a byte order mark, so that umlauts survive, and {@code ;} between fields, because
     * the comma is the decimal separator in German locales.
     */
    GERMAN_SPREADSHEET(';', true),

    /** For an auditor's own tools: RFC 4180, {@code ,} between fields and no byte order mark. */
    RFC_4180(',', false);

    private final char separator;
    private final boolean byteOrderMark;

    CsvDialect(char separator, boolean byteOrderMark) {
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
    }

    char separator() {
        return separator;
    }

    boolean byteOrderMark() {
        return byteOrderMark;
    }
}
