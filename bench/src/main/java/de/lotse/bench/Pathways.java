package de.lotse.bench;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates participants' routes that keep the pathway rules: an intake, COACHING first, other
 * stages started, completed or broken off, qualifications, situations and housing along the way,
 * an exit for most, and six months later a follow-up or its falling due. A route has 12 events
 * on average, each dated on or after the one before.
 */
final class Pathways {

    /** One event of a route and the day it happened. */
    record Step(LocalDate day, ParticipantEvent event) {}

    private static final LocalDate FIRST_ENTRY = LocalDate.of(2023, 1, 2);
    private static final int ENTRY_SPAN_DAYS = 1000;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final List<String> FIRST_NAMES = List.of(
            "Elena", "Jonas", "Aylin", "Marek", "Fatma", "Lukas", "Ioana", "Samir", "Mia", "Yusuf", "Olena", "Ben",
            "Amina", "Pavel", "Lea", "Omar");
    private static final List<String> LAST_NAMES = List.of(
            "Popescu",
            "Keller",
            "Yilmaz",
            "Nowak",
            "Schmidt",
            "Haddad",
            "Kovalenko",
            "Berg",
            "Ionescu",
            "Demir",
            "Wagner",
            "Rahimi");
    private static final List<String> NATIONALITIES =
            List.of("DE", "DE", "DE", "DE", "TR", "RO", "PL", "UA", "SY", "AF", "IT", "XX");
    private static final Stage[] OTHER_STAGES = {
        Stage.QUALIFICATION, Stage.LANGUAGE_SUPPORT, Stage.JOB_PLACEMENT, Stage.HOUSING_INTEGRATION
    };

    private final Random random;

    Pathways(long seed) {
        this.random = new Random(seed);
    }

    List<Step> route(ParticipantId id, int index) {
        var route = new Route(id, FIRST_ENTRY.plusDays(random.nextInt(ENTRY_SPAN_DAYS)));
        var enrolment = enrolment(id, index, route.day);
        route.add(route.day, enrolment);
        route.add(route.later(0, 10), new StageStarted(id, Stage.COACHING, route.day));
        route.active.put(Stage.COACHING, route.day);
        walkStages(route);
        for (var i = random.nextInt(3); i >= 0; i--) {
            route.add(
                    route.later(5, 40),
                    new LabourMarketSituationRecorded(id, route.day, pick(LabourMarketSituation.values()), null));
        }
        if (random.nextInt(10) < 3) {
            route.add(
                    route.later(1, 20),
                    new HousingSituationRecorded(id, route.day, pick(HousingSituation.values()), null));
        }
        if (random.nextInt(10) == 0) {
            route.add(
                    route.day,
                    new IntakeCorrected(
                            id,
                            IntakeField.LABOUR_STATUS,
                            pick(LabourStatus.values()).name(),
                            "typo at intake",
                            enrolment.ageAtEntry()));
        }
        if (random.nextInt(10) == 0) {
            route.add(route.day, new CoachReassigned(id, "coach" + random.nextInt(20)));
        }
        if (random.nextInt(100) < 85) {
            exit(route);
        }
        return route.steps.stream()
                .filter(step -> !step.day().isAfter(LAST_DAY))
                .toList();
    }

    private void walkStages(Route route) {
        var others = new ArrayList<>(List.of(OTHER_STAGES));
        Collections.shuffle(others, random);
        var count = 1 + random.nextInt(3);
        for (var stage : others.subList(0, count)) {
            route.add(route.later(3, 30), new StageStarted(route.id, stage, route.day));
            route.active.put(stage, route.day);
        }
        for (var stage : others.subList(0, count)) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            route.active.remove(stage);
            if (random.nextInt(10) < 7) {
                route.add(route.later(20, 90), new StageCompleted(route.id, stage, route.day, null));
                if (stage == Stage.QUALIFICATION || random.nextInt(3) == 0) {
                    route.add(
                            route.day,
                            new QualificationRecorded(
                                    route.id,
                                    route.day,
                                    "Course " + stage.ordinal(),
                                    pick(Certificate.values()),
                                    QualificationKind.VOCATIONAL));
                }
            } else {
                route.add(route.later(10, 60), new StageAborted(route.id, stage, route.day, "broken off"));
            }
        }
    }

    private void exit(Route route) {
        var exitDate = route.later(10, 60);
        route.add(
                exitDate,
                new ParticipantExited(
                        route.id,
                        exitDate,
                        pick(ExitReason.values()),
                        List.copyOf(route.active.keySet()),
                        exitDate.plusMonths(6)));
        if (random.nextInt(10) < 4) {
            route.add(
                    route.later(1, 28),
                    new LabourMarketSituationRecorded(route.id, route.day, pick(LabourMarketSituation.values()), null));
        }
        var due = exitDate.plusMonths(6);
        var followUpFirst = random.nextInt(10) < 4;
        if (followUpFirst) {
            var date = due.minusDays(random.nextInt(20));
            route.add(date, followUp(route.id, date));
            return;
        }
        route.add(due, new FollowUpBecameDue(route.id, due));
        if (random.nextBoolean()) {
            var late = due.plusDays(1 + random.nextInt(40));
            route.add(late, followUp(route.id, late));
        }
    }

    private FollowUpRecorded followUp(ParticipantId id, LocalDate date) {
        return new FollowUpRecorded(id, date, pick(FollowUpSituation.values()), random.nextBoolean());
    }

    private ParticipantEnrolled enrolment(ParticipantId id, int index, LocalDate entry) {
        var person = new PersonalDetails(
                pick(FIRST_NAMES),
                pick(LAST_NAMES) + "-" + index,
                LocalDate.of(1960, 1, 1).plusDays(random.nextInt(16_000)),
                String.valueOf(10_000 + random.nextInt(89_999)));
        var gender = random.nextInt(50) == 0 ? Gender.NON_BINARY : random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
        Integer isced = random.nextInt(20) == 0 ? null : random.nextInt(9);
        return new ParticipantEnrolled(
                id,
                person,
                person.ageOn(entry),
                gender,
                entry,
                pick(LabourStatus.values()),
                isced,
                Nationality.of(pick(NATIONALITIES)),
                pick(Answer.values()),
                pick(Answer.values()),
                pick(Answer.values()),
                pick(Answer.values()),
                random.nextInt(5) == 0,
                "coach" + random.nextInt(20));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A route being generated: its steps so far, the day it has reached and the stages active. */
    private final class Route {

        private final ParticipantId id;
        private final List<Step> steps = new ArrayList<>();
        private final Map<Stage, LocalDate> active = new EnumMap<>(Stage.class);
        private LocalDate day;

        Route(ParticipantId id, LocalDate entry) {
            this.id = id;
            this.day = entry;
        }

        LocalDate later(int minDays, int maxDays) {
            day = day.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
            return day;
        }

        void add(LocalDate on, ParticipantEvent event) {
            day = on.isAfter(day) ? on : day;
            steps.add(new Step(day, event));
        }
    }
}
