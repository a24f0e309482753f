package de.lotse.query.caseload;

import de.lotse.api.caseload.CaseloadEntry;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.platform.privacy.PersonalDataCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A participant's row of the {@code caseload} table, and how each event changes it. It is read
 * from and written to its columns here, so a new column is added in this one record (and in the
 * statements of {@link Caseload}, which name the columns {@link #COLUMNS} lists).
 */
record CaseloadRow(
        String firstName,
        String lastName,
        String displayName,
        String coach,
        ParticipantStatus status,
        LocalDate entryDate,
        @Nullable LocalDate exitDate,
        Set<Stage> activeStages,
        boolean followUpDue,
        boolean followUpRecorded) {

    /** The columns besides the key and {@code last_sequence}, as the statements name them. */
    static final String COLUMNS = "first_name, last_name, display_name, coach, status, entry_date, exit_date, "
            + "active_stages, follow_up_due, follow_up_recorded";

    CaseloadRow {
        activeStages = stages(activeStages);
    }

    static CaseloadRow enrolled(String firstName, String lastName, String coach, LocalDate entryDate) {
        return new CaseloadRow(
                firstName,
                lastName,
                firstName + " " + lastName,
                coach,
                ParticipantStatus.ACTIVE,
                entryDate,
                null,
                Set.of(),
                false,
                false);
    }

    static CaseloadRow read(ResultSet result) throws SQLException {
        return new CaseloadRow(
                result.getString("first_name"),
                result.getString("last_name"),
                result.getString("display_name"),
                result.getString("coach"),
                ParticipantStatus.valueOf(result.getString("status")),
                result.getObject("entry_date", LocalDate.class),
                result.getObject("exit_date", LocalDate.class),
                activeStages(result),
                result.getBoolean("follow_up_due"),
                result.getBoolean("follow_up_recorded"));
    }

    /** The row's columns as the named parameters of {@link Caseload}'s upsert. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("firstName", firstName)
                .addValue("lastName", lastName)
                .addValue("displayName", displayName)
                .addValue("coach", coach)
                .addValue("status", status.name())
                .addValue("entryDate", entryDate)
                .addValue("exitDate", exitDate, Types.DATE)
                .addValue(
                        "activeStages",
                        activeStages.stream().map(Stage::name).collect(Collectors.joining(",", "{", "}")))
                .addValue("followUpDue", followUpDue)
                .addValue("followUpRecorded", followUpRecorded);
    }

    /** The row as a coach sees it in the caseload list. */
    CaseloadEntry entry(String participantId) {
        return new CaseloadEntry(
                participantId, displayName, coach, status, entryDate, exitDate, List.copyOf(activeStages), followUpDue);
    }

    /** The stages of the {@code active_stages} column. */
    private static Set<Stage> activeStages(ResultSet result) throws SQLException {
        return stages(Arrays.stream((String[]) result.getArray("active_stages").getArray())
                .map(Stage::valueOf)
                .toList());
    }

    CaseloadRow withName(String first, String last) {
        return withNames(first, last, first + " " + last);
    }

    /** Erasure leaves no plaintext name in the row, not even for the search. */
    CaseloadRow erased() {
        var erased = PersonalDataCipher.ERASED;
        return withNames(erased, erased, erased);
    }

    CaseloadRow withEntryDate(LocalDate date) {
        return new CaseloadRow(
                firstName,
                lastName,
                displayName,
                coach,
                status,
                date,
                exitDate,
                activeStages,
                followUpDue,
                followUpRecorded);
    }

    CaseloadRow withCoach(String newCoach) {
        return new CaseloadRow(
                firstName,
                lastName,
                displayName,
                newCoach,
                status,
                entryDate,
                exitDate,
                activeStages,
                followUpDue,
                followUpRecorded);
    }

    CaseloadRow withStageStarted(Stage stage) {
        var stages = EnumSet.of(stage);
        stages.addAll(activeStages);
        return withActiveStages(stages);
    }

    CaseloadRow withStageEnded(Stage stage) {
        var stages = EnumSet.noneOf(Stage.class);
        stages.addAll(activeStages);
        stages.remove(stage);
        return withActiveStages(stages);
    }

    /** The exit closes every stage still active. */
    CaseloadRow exited(LocalDate date) {
        return new CaseloadRow(
                firstName,
                lastName,
                displayName,
                coach,
                ParticipantStatus.EXITED,
                entryDate,
                date,
                Set.of(),
                followUpDue,
                followUpRecorded);
    }

    CaseloadRow withFollowUpDue() {
        return withFollowUp(true, followUpRecorded);
    }

    /** Any recorded follow-up ends the one due. */
    CaseloadRow withFollowUpRecorded() {
        return withFollowUp(false, true);
    }

    private CaseloadRow withNames(String first, String last, String display) {
        return new CaseloadRow(
                first, last, display, coach, status, entryDate, exitDate, activeStages, followUpDue, followUpRecorded);
    }

    private CaseloadRow withActiveStages(Set<Stage> stages) {
        return new CaseloadRow(
                firstName,
                lastName,
                displayName,
                coach,
                status,
                entryDate,
                exitDate,
                stages,
                followUpDue,
                followUpRecorded);
    }

    private CaseloadRow withFollowUp(boolean due, boolean recorded) {
        return new CaseloadRow(
                firstName, lastName, displayName, coach, status, entryDate, exitDate, activeStages, due, recorded);
    }

    /** Stages in route order, which is how the column lists them. */
    private static Set<Stage> stages(Collection<Stage> stages) {
        var ordered = EnumSet.noneOf(Stage.class);
        ordered.addAll(stages);
        return Collections.unmodifiableSet(ordered);
    }
}
