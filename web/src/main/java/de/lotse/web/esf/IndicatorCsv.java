package de.lotse.web.esf;

import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.IndicatorRow;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The indicator table as the API's {@code esf-report.csv} shapes it, so that a download from the
 * page and one from the API open alike: UTF-8 with a byte order mark, {@code ;} between fields
 * (the comma is the decimal separator in German spreadsheets), CRLF line ends, the header
 * {@code code;name;women;men;nonBinary;total}, and quotes only where a field needs them.
 */
final class IndicatorCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String HEADER = "code;name;women;men;nonBinary;total";

    private IndicatorCsv() {}

    static String of(EsfReport report) {
        return Stream.concat(Stream.of(HEADER), report.indicators().stream().map(IndicatorCsv::line))
                .collect(Collectors.joining("\r\n", BYTE_ORDER_MARK, "\r\n"));
    }

    private static String line(IndicatorRow row) {
        return String.join(
                ";",
                field(row.code()),
                field(row.name()),
                Long.toString(row.women()),
                Long.toString(row.men()),
                Long.toString(row.nonBinary()),
                Long.toString(row.total()));
    }

    private static String field(String text) {
        return text.matches("(?s).*[;\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
