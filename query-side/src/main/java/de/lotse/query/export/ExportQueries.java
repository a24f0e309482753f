package de.lotse.query.export;

import static de.lotse.api.access.Permission.EXPORT_PSEUDONYMISED;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.esf.ExportedParticipant;
import de.lotse.api.esf.ExportedParticipant.StageSummary;
import de.lotse.api.esf.FindParticipantExport;
import de.lotse.api.esf.NationalityGroup;
import de.lotse.api.esf.ParticipantExport;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.EsfFacts;
import de.lotse.query.esf.Participation;
import de.lotse.query.esf.Participation.StageRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the pseudonymised export. It is a second reading of the ESF+ facts, which hold nothing
 * personal, so no name can slip into it; the participant id is replaced by its pseudonym before a
 * row leaves this class. Rows are ordered by pseudonym, which says nothing about who entered when.
 * Lists are in date order, and of equal dates in recording order. Evaluators and admins may export.
 */
@Component
class ExportQueries {

    private final EsfFacts facts;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    ExportQueries(EsfFacts facts, Pseudonyms pseudonyms, Clock clock) {
        this.facts = facts;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    @QueryHandler
    ParticipantExport handle(FindParticipantExport query) {
        require(query.caller(), EXPORT_PSEUDONYMISED, "exporting participants");
        var asOf = clock.instant();
        // Collected to be sorted: only the finished rows are held, never the facts they come from.
        var rows = new ArrayList<ExportedParticipant>();
        facts.foldEach(asOf, participation -> rows.add(exported(participation)));
        rows.sort(Comparator.comparing(ExportedParticipant::pseudonym));
        return new ParticipantExport(asOf, rows);
    }

    private ExportedParticipant exported(Participation participation) {
        var atEntry = participation.atEntry();
        var exit = participation.exit();
        var followUp = participation.followUp();
        return new ExportedParticipant(
                pseudonyms.of(participation.participantId()),
                atEntry.gender(),
                atEntry.ageAtEntry(),
                atEntry.labourStatus(),
                atEntry.isced(),
                atEntry.thirdCountry() ? NationalityGroup.THIRD_COUNTRY : NationalityGroup.EU,
                atEntry.foreignBackground(),
                atEntry.disability(),
                atEntry.minority(),
                atEntry.homeless(),
                atEntry.rural(),
                atEntry.entryDate(),
                stages(participation.stages()),
                situations(participation),
                qualifications(participation),
                exit == null ? null : exit.date(),
                exit == null ? null : exit.reason(),
                followUp == null ? null : followUp.date(),
                followUp == null ? null : followUp.situation(),
                followUp == null ? null : followUp.betterSituation(),
                participation.referrals().stream()
                        .map(referral -> new ExportedParticipant.Referral(referral.date(), referral.area()))
                        .sorted(Comparator.comparing(ExportedParticipant.Referral::date))
                        .toList(),
                participation.mobility().stream()
                        .map(support -> new ExportedParticipant.Mobility(support.date(), support.kind()))
                        .sorted(Comparator.comparing(ExportedParticipant.Mobility::date))
                        .toList());
    }

    private static List<ExportedParticipant.Situation> situations(Participation participation) {
        return participation.situations().stream()
                .map(situation -> new ExportedParticipant.Situation(situation.date(), situation.situation()))
                .sorted(Comparator.comparing(ExportedParticipant.Situation::date))
                .toList();
    }

    private static List<ExportedParticipant.Qualification> qualifications(Participation participation) {
        return participation.qualifications().stream()
                .map(qualification -> new ExportedParticipant.Qualification(
                        qualification.date(), qualification.certificate(), qualification.kind()))
                .sorted(Comparator.comparing(ExportedParticipant.Qualification::date))
                .toList();
    }

    /** Per stage walked, in the order of the route: its first start, and how its latest run ended. */
    private static List<StageSummary> stages(List<StageRun> runs) {
        var byStage = new EnumMap<Stage, StageSummary>(Stage.class);
        for (var run : runs) {
            var first = byStage.get(run.stage());
            var start = first == null ? run.start() : first.firstStart();
            byStage.put(run.stage(), new StageSummary(run.stage(), start, run.end(), run.status()));
        }
        return List.copyOf(byStage.values());
    }
}
