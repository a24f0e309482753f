package de.lotse.web.participant;

import de.lotse.api.account.CoachChoice;
import de.lotse.api.account.FindCoaches;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the participant page shows: the participant's current state, the route as a timeline, and
 * a fresh form for every command, each prefilled with today and a sensible stage. A form that was
 * just submitted and refused keeps what the user entered, with its errors.
 */
@Component
class ParticipantPage {

    static final String VIEW = "participant/participant";
    static final String CONTENT = VIEW + " :: content";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    ParticipantPage(Gateways gateways, CurrentCaller currentCaller, Clock clock) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    ParticipantView read(ParticipantId id) {
        return gateways.ask(new FindParticipant(currentCaller.get(), id), ParticipantView.class);
    }

    /** Puts the participant, the timeline and every form not already in the model into it. */
    void fill(Model model, ParticipantView participant) {
        var timeline = Timeline.of(participant);
        model.addAttribute("participant", participant);
        model.addAttribute("timeline", timeline);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("certificates", Certificate.values());
        model.addAttribute("labourMarketSituations", LabourMarketSituation.values());
        model.addAttribute("housingSituations", HousingSituation.values());
        model.addAttribute("exitReasons", ExitReason.values());
        model.addAttribute("followUpSituations", FollowUpSituation.values());
        model.addAttribute("yesNo", List.of(true, false));
        model.addAttribute(
                "intakeFields",
                Arrays.stream(IntakeField.values()).map(IntakeField::wireName).toList());
        if (Viewer.of(currentCaller.get()).choosesCoach()) {
            model.addAttribute("coaches", gateways.askForList(new FindCoaches(currentCaller.get()), CoachChoice.class));
        }
        fillSupport(model, participant);
        freshForms(participant, timeline).forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form);
            }
        });
    }

    /** The choices of the support forms; the provider directory only for those who may refer. */
    private void fillSupport(Model model, ParticipantView participant) {
        model.addAttribute("qualificationKinds", QualificationKind.values());
        model.addAttribute("referralAreas", ReferralArea.values());
        model.addAttribute("referralOutcomes", ReferralOutcome.values());
        model.addAttribute("mobilityKinds", MobilityKind.values());
        model.addAttribute(
                "openReferrals",
                participant.referrals().stream()
                        .filter(referral -> referral.status() == ParticipantView.ReferralStatus.OPEN)
                        .toList());
        if (Viewer.of(currentCaller.get()).commands()) {
            model.addAttribute(
                    "providers",
                    gateways.askForList(new FindProviders(currentCaller.get(), null), ProviderEntry.class));
        }
    }

    private Map<String, Object> freshForms(ParticipantView participant, Timeline timeline) {
        var today = LocalDate.now(clock);
        var active = timeline.activeStages();
        var firstActive = active.isEmpty() ? null : active.get(0);
        var forms = new LinkedHashMap<String, Object>();
        forms.put("stageStart", new StageStartForm(nextToStart(timeline), today));
        forms.put("stageCompletion", new StageCompletionForm(firstActive, today, null));
        forms.put("stageAbort", new StageAbortForm(firstActive, today, null));
        forms.put("qualification", new QualificationForm(today, null, null, QualificationKind.VOCATIONAL));
        forms.put("situation", new SituationForm(today, null, null));
        forms.put("housing", new HousingForm(today, null, null));
        forms.put("exit", new ExitForm(today, null));
        forms.put("followUp", new FollowUpForm(today, null, null));
        forms.put("correction", new CorrectionForm(null, null, null));
        forms.put("coachReassignment", new CoachReassignmentForm(participant.coach()));
        forms.put("erasure", new ErasureForm(null, false, false));
        forms.put("referral", new ReferralForm(today, null, null, null, false));
        forms.put("referralClosing", new ReferralClosingForm(null, today, null, null));
        forms.put("mobility", new MobilityForm(today, null, null, null, null));
        return forms;
    }

    /** The first stage of the route that is not running; COACHING for a new participant. */
    private static Stage nextToStart(Timeline timeline) {
        return timeline.lanes().stream()
                .filter(lane -> lane.status() == Timeline.LaneStatus.NOT_STARTED)
                .map(Timeline.Lane::stage)
                .findFirst()
                .orElse(Stage.COACHING);
    }
}
