package de.lotse.platform.csv;

import de.lotse.api.esf.EsfReport;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The ESF+ report as the download {@code esf-report.csv}, for German spreadsheets: the header
 * {@code code;name;women;men;nonBinary;total} and then one record per indicator, EECO01–EECO17 and
 * EECR01–EECR06, 23 in all, with the same values as the JSON report. The period, the instant and
 * the consistency checks are not part of the table. The API and the report page both serve it
 * from here, so the two downloads open alike.
 */
public final class IndicatorCsv {

    private IndicatorCsv() {}

    public static void write(EsfReport report, OutputStream out) throws IOException {
        var csv = CsvWriter.start(
                out, CsvDialect.GERMAN_SPREADSHEET, "code", "name", "women", "men", "nonBinary", "total");
        for (var row : report.indicators()) {
            csv.row(row.code(), row.name(), row.women(), row.men(), row.nonBinary(), row.total());
        }
        csv.flush();
    }
}
