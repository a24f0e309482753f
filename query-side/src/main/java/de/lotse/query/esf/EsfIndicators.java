package de.lotse.query.esf;

import static de.lotse.api.participant.LabourStatus.EMPLOYED;
import static de.lotse.api.participant.LabourStatus.INACTIVE;
import static de.lotse.api.participant.LabourStatus.LONG_TERM_UNEMPLOYED;
import static de.lotse.api.participant.LabourStatus.SELF_EMPLOYED;
import static de.lotse.api.participant.LabourStatus.UNEMPLOYED;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.query.esf.Participation.FollowUp;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The 23 ESF+ common indicators for participants, each defined once under its SFC2021 code and
 * English name (Regulation (EU) 2021/1057, Annex I; see {@code shared/reference/esf-plus-indicators.md}),
 * in the order the report lists them. Outputs (EECO) describe the characteristics at entry and count
 * the participants who entered in the period; results (EECR) count those who left in it. Every rule
 * reads the corrected intake answers.
 *
 * <p>Results record a change, so EECR01 and EECR04 count only participants who were not yet where
 * they ended up (see {@code shared/reference/esf-validation-rules.md}, box at the top), and EECR06
 * only participants employed at entry. "Upon leaving" is the situation dated last on or before the
 * exit date plus 28 days, of equal dates the one recorded last; one that began before the exit and
 * is still the latest counts ({@link Participation#situationUponLeaving()}, which the pathway
 * analytics read too). Only one situation is upon leaving, so EECR01 and EECR04 exclude each
 * other. A DECLINED answer is a recorded refusal and never counts as YES.
 */
enum EsfIndicators {
    EECO01("total number of participants", Counted.AT_ENTRY, p -> true),
    EECO02(
            "unemployed, including long-term unemployed",
            Counted.AT_ENTRY,
            p -> enteredAs(p, UNEMPLOYED, LONG_TERM_UNEMPLOYED)),
    EECO03("long-term unemployed", Counted.AT_ENTRY, p -> enteredAs(p, LONG_TERM_UNEMPLOYED)),
    EECO04("inactive", Counted.AT_ENTRY, p -> enteredAs(p, INACTIVE)),
    EECO05("employed, including self-employed", Counted.AT_ENTRY, p -> enteredAs(p, EMPLOYED, SELF_EMPLOYED)),
    EECO06("below 18 years of age", Counted.AT_ENTRY, p -> p.atEntry().ageAtEntry() < 18),
    EECO07(
            "18–29 years of age",
            Counted.AT_ENTRY,
            p -> p.atEntry().ageAtEntry() >= 18 && p.atEntry().ageAtEntry() <= 29),
    EECO08("55 years of age and above", Counted.AT_ENTRY, p -> p.atEntry().ageAtEntry() >= 55),
    EECO09("lower secondary education or less (ISCED 0–2)", Counted.AT_ENTRY, p -> iscedIn(p, 0, 2)),
    EECO10("upper secondary or post-secondary non-tertiary (ISCED 3–4)", Counted.AT_ENTRY, p -> iscedIn(p, 3, 4)),
    EECO11("tertiary education (ISCED 5–8)", Counted.AT_ENTRY, p -> iscedIn(p, 5, 8)),
    EECO12("participants with disabilities", Counted.AT_ENTRY, p -> p.atEntry().disability() == Answer.YES),
    EECO13("third-country nationals", Counted.AT_ENTRY, p -> p.atEntry().thirdCountry()),
    EECO14(
            "participants with a foreign background",
            Counted.AT_ENTRY,
            p -> p.atEntry().foreignBackground() == Answer.YES),
    EECO15(
            "minorities (including marginalised communities such as Roma)",
            Counted.AT_ENTRY,
            p -> p.atEntry().minority() == Answer.YES),
    EECO16(
            "homeless or affected by housing exclusion",
            Counted.AT_ENTRY,
            p -> p.atEntry().homeless() == Answer.YES),
    EECO17("participants from rural areas", Counted.AT_ENTRY, p -> p.atEntry().rural()),

    EECR01(
            "participants engaged in job searching upon leaving",
            Counted.ON_LEAVING,
            p -> enteredAs(p, INACTIVE) && leftAs(p, LabourMarketSituation.JOB_SEARCHING)),
    EECR02(
            "participants in education or training upon leaving",
            Counted.ON_LEAVING,
            p -> leftAs(p, LabourMarketSituation.EDUCATION_OR_TRAINING)),
    EECR03(
            "participants gaining a qualification upon leaving",
            Counted.ON_LEAVING,
            EsfIndicators::qualifiedUponLeaving),
    EECR04(
            "participants in employment, including self-employment, upon leaving",
            Counted.ON_LEAVING,
            p -> enteredAs(p, UNEMPLOYED, LONG_TERM_UNEMPLOYED, INACTIVE) && p.employedUponLeaving()),
    EECR05(
            "participants in employment, including self-employment, six months after leaving",
            Counted.ON_LEAVING,
            Participation::employedSixMonthsAfter),
    EECR06(
            "participants with a better labour market situation six months after leaving",
            Counted.ON_LEAVING,
            p -> enteredAs(p, EMPLOYED, SELF_EMPLOYED) && betterOffAtFollowUp(p));

    /** Which date puts a participant into a period for an indicator: the entry or the exit. */
    enum Counted {
        AT_ENTRY,
        ON_LEAVING
    }

    private final String title;
    private final Counted counted;
    private final Predicate<Participation> rule;

    EsfIndicators(String title, Counted counted, Predicate<Participation> rule) {
        this.title = title;
        this.counted = counted;
        this.rule = rule;
    }

    String title() {
        return title;
    }

    /** Whether the entry date or the exit date puts a participant into a period for this indicator. */
    Counted counted() {
        return counted;
    }

    /** Whether the participant meets this indicator's rule, in whichever period their entry or exit falls. */
    boolean isSatisfiedBy(Participation participation) {
        return rule.test(participation);
    }

    private static boolean enteredAs(Participation participation, LabourStatus... statuses) {
        return Set.of(statuses).contains(participation.atEntry().labourStatus());
    }

    private static boolean leftAs(Participation participation, LabourMarketSituation... situations) {
        return participation
                .situationUponLeaving()
                .filter(Set.of(situations)::contains)
                .isPresent();
    }

    private static boolean iscedIn(Participation participation, int lowest, int highest) {
        var isced = participation.atEntry().isced();
        return isced != null && isced >= lowest && isced <= highest;
    }

    private static boolean betterOffAtFollowUp(Participation participation) {
        return Optional.ofNullable(participation.followUp())
                .filter(FollowUp::betterSituation)
                .isPresent();
    }

    private static boolean qualifiedUponLeaving(Participation participation) {
        return participation
                .lastDayUponLeaving()
                .filter(lastDay -> participation.qualifications().stream()
                        .anyMatch(q ->
                                q.certificate().isQualification() && !q.date().isAfter(lastDay)))
                .isPresent();
    }
}
