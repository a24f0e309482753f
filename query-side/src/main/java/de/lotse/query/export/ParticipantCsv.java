package de.lotse.query.export;

import de.lotse.api.esf.ExportedParticipant;
import de.lotse.api.esf.ExportedParticipant.StageSummary;
import de.lotse.api.esf.ParticipantExport;
import de.lotse.api.pathway.Stage;
import de.lotse.platform.csv.CsvConverter;
import de.lotse.platform.csv.CsvDialect;
import de.lotse.platform.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The export as the CSV download {@code participants.csv}, one record per participant. Columns:
 * {@code pseudonym; gender; ageAtEntry; labourStatus; isced; nationalityGroup; foreignBackground;
 * disability; minority; homeless; rural; entryDate}; then for each stage in route order
 * ({@code coaching, qualification, languageSupport, jobPlacement, housingIntegration}) its
 * {@code …Start} (first start), {@code …End} and {@code …Status} (of its latest run); then
 * {@code situations} and {@code qualifications}, each a {@code ;}-joined list of
 * {@code date:KIND} in date order (so the field is quoted); then {@code exitDate; exitReason;
 * followUpDate; followUpSituation; followUpBetterSituation}; then, lists of {@code date:KIND} again,
 * {@code qualificationKinds} (what each qualification trained for, in the order of
 * {@code qualifications}), {@code referrals} (their areas) and {@code mobility} (its kinds). Dates are ISO, enums their contract
 * names, an unknown ISCED and anything not (yet) recorded an empty field. Evaluators open it in
 * German spreadsheets, as they do the ESF+ report: {@link CsvDialect#GERMAN_SPREADSHEET}.
 */
@Component
class ParticipantCsv extends CsvConverter<ParticipantExport> {

    private static final String[] HEADER = Stream.of(
                    Stream.of(
                            "pseudonym",
                            "gender",
                            "ageAtEntry",
                            "labourStatus",
                            "isced",
                            "nationalityGroup",
                            "foreignBackground",
                            "disability",
                            "minority",
                            "homeless",
                            "rural",
                            "entryDate"),
                    Arrays.stream(Stage.values())
                            .flatMap(stage -> Stream.of(
                                    column(stage) + "Start", column(stage) + "End", column(stage) + "Status")),
                    Stream.of(
                            "situations",
                            "qualifications",
                            "exitDate",
                            "exitReason",
                            "followUpDate",
                            "followUpSituation",
                            "followUpBetterSituation",
                            "qualificationKinds",
                            "referrals",
                            "mobility"))
            .flatMap(columns -> columns)
            .toArray(String[]::new);

    ParticipantCsv() {
        super(ParticipantExport.class);
    }

    @Override
    protected void write(ParticipantExport export, OutputStream out) throws IOException {
        var csv = CsvWriter.start(out, CsvDialect.GERMAN_SPREADSHEET, HEADER);
        for (var participant : export.participants()) {
            csv.row(record(participant));
        }
        csv.flush();
    }

    private static List<@Nullable Object> record(ExportedParticipant p) {
        var values = new ArrayList<@Nullable Object>(Arrays.asList(
                p.pseudonym(),
                p.gender(),
                p.ageAtEntry(),
                p.labourStatus(),
                p.isced(),
                p.nationalityGroup(),
                p.foreignBackground(),
                p.disability(),
                p.minority(),
                p.homeless(),
                p.rural(),
                p.entryDate()));
        for (var stage : Stage.values()) {
            var summary = p.stages().stream().filter(s -> s.stage() == stage).findFirst();
            values.add(summary.map(StageSummary::firstStart).orElse(null));
            values.add(summary.map(StageSummary::end).orElse(null));
            values.add(summary.map(StageSummary::status).orElse(null));
        }
        values.add(dated(p.situations(), s -> s.date() + ":" + s.situation()));
        values.add(dated(p.qualifications(), q -> q.date() + ":" + q.certificate()));
        values.addAll(Arrays.asList(
                p.exitDate(), p.exitReason(), p.followUpDate(), p.followUpSituation(), p.followUpBetterSituation()));
        values.add(dated(p.qualifications(), q -> q.date() + ":" + q.kind()));
        values.add(dated(p.referrals(), r -> r.date() + ":" + r.area()));
        values.add(dated(p.mobility(), m -> m.date() + ":" + m.kind()));
        return values;
    }

    private static <T> String dated(List<T> entries, Function<T, String> entry) {
        return entries.stream().map(entry).collect(Collectors.joining(";"));
    }

    /** {@code LANGUAGE_SUPPORT} as the column stem {@code languageSupport}. */
    private static String column(Stage stage) {
        var words = stage.name().toLowerCase(Locale.ROOT).split("_");
        return words[0]
                + Arrays.stream(words)
                        .skip(1)
                        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                        .collect(Collectors.joining());
    }
}
