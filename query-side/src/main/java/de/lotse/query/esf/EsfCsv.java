package de.lotse.query.esf;

import de.lotse.api.esf.EsfReport;
import de.lotse.platform.csv.CsvConverter;
import de.lotse.platform.csv.IndicatorCsv;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** The ESF+ report as the CSV download {@code esf-report.csv}, in the shape of {@link IndicatorCsv}. */
@Component
class EsfCsv extends CsvConverter<EsfReport> {

    EsfCsv() {
        super(EsfReport.class);
    }

    @Override
    protected void write(EsfReport report, OutputStream out) throws IOException {
        IndicatorCsv.write(report, out);
    }
}
