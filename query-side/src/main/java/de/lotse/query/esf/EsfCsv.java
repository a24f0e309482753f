package de.lotse.query.esf;

import de.lotse.api.esf.EsfReport;
import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The ESF+ report as the CSV download {@code esf-report.csv}: the header
 * {@code code;name;women;men;nonBinary;total} and then one record per indicator, EECO01–EECO17
 * and EECR01–EECR06, 23 in all, with the same values as the JSON report. The period, the instant
 * and the consistency checks are not part of the table. Encoding, separator and quoting are those
 * of {@link SemicolonCsv}.
 */
@Component
class EsfCsv extends SemicolonCsv<EsfReport> {

    EsfCsv() {
        super(EsfReport.class, "code", "name", "women", "men", "nonBinary", "total");
    }

    @Override
    protected void print(EsfReport report, CSVPrinter printer) throws IOException {
        for (var row : report.indicators()) {
            printer.printRecord(row.code(), row.name(), row.women(), row.men(), row.nonBinary(), row.total());
        }
    }
}
