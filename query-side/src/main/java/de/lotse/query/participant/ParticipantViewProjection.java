package de.lotse.query.participant;

import static de.lotse.api.participant.ParticipantView.StageStatus.ABORTED;
import static de.lotse.api.participant.ParticipantView.StageStatus.ACTIVE;
import static de.lotse.api.participant.ParticipantView.StageStatus.CLOSED_AT_EXIT;
import static de.lotse.api.participant.ParticipantView.StageStatus.COMPLETED;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.participant.ParticipantView.ExitView;
import de.lotse.api.participant.ParticipantView.FollowUpView;
import de.lotse.api.participant.ParticipantView.HousingView;
import de.lotse.api.participant.ParticipantView.MobilityView;
import de.lotse.api.participant.ParticipantView.QualificationView;
import de.lotse.api.participant.ParticipantView.ReferralStatus;
import de.lotse.api.participant.ParticipantView.ReferralView;
import de.lotse.api.participant.ParticipantView.SituationView;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.participant.ParticipantView.StageView;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralMade;
import de.lotse.platform.privacy.PersonalDataCipher;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps each participant's current state as a JSON document shaped like {@link ParticipantView}.
 * Every list stays in date order, and an entry recorded later on the same date goes after the
 * earlier ones. A stage may be started again after it ended, which opens a new entry; ending a
 * stage always ends its latest active entry. A referral is stored as not in the directory; the
 * query marks it against the directory when the view is read, so a provider listed later counts.
 */
@Component
@ProcessingGroup("participant-view")
class ParticipantViewProjection {

    private static final String ERASED = PersonalDataCipher.ERASED;

    private final ParticipantViews views;
    private final JsonMapper json;

    ParticipantViewProjection(ParticipantViews views, JsonMapper json) {
        this.views = views;
        this.json = json;
    }

    @EventHandler
    void on(ParticipantEnrolled event, @SequenceNumber long sequence) {
        var person = event.personalDetails();
        views.insert(
                event.participantId().value(),
                sequence,
                new ParticipantView(
                        event.participantId().toString(),
                        person.firstName(),
                        person.lastName(),
                        person.dateOfBirth(),
                        person.postcode(),
                        event.gender(),
                        event.entryDate(),
                        event.labourStatus(),
                        event.isced(),
                        event.nationality().code(),
                        event.foreignBackground(),
                        event.disability(),
                        event.minority(),
                        event.homeless(),
                        event.rural(),
                        true,
                        event.coach(),
                        false,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    @EventHandler
    void on(IntakeCorrected event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.set(event.field().wireName(), corrected(event.field(), event.value())));
    }

    /** The view drops every plaintext personal datum it holds; the characteristics stay. */
    @EventHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            view.put("erased", true);
            view.put("firstName", ERASED)
                    .put("lastName", ERASED)
                    .put("postcode", ERASED)
                    .putNull("dateOfBirth");
            eraseIn(view, "qualifications", "title");
            eraseIn(view, "situations", "detail");
            eraseIn(view, "housing", "detail");
            eraseIn(view, "referrals", "note");
            eraseIn(view, "referrals", "reason");
            eraseIn(view, "mobility", "region");
            eraseIn(view, "mobility", "note");
        });
    }

    private static void eraseIn(ObjectNode view, String list, String field) {
        for (var entry : view.withArray(list)) {
            if (entry instanceof ObjectNode item && item.hasNonNull(field)) {
                item.put(field, ERASED);
            }
        }
    }

    @EventHandler
    void on(CoachReassigned event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.put("coach", event.coach()));
    }

    @EventHandler
    void on(StageStarted event, @SequenceNumber long sequence) {
        var stage = new StageView(event.stage(), ACTIVE, event.startDate(), null);
        change(event, sequence, view -> addInDateOrder(view, "stages", "startDate", stage));
    }

    @EventHandler
    void on(StageCompleted event, @SequenceNumber long sequence) {
        change(event, sequence, view -> end(view, event.stage(), COMPLETED, event.date()));
    }

    @EventHandler
    void on(StageAborted event, @SequenceNumber long sequence) {
        change(event, sequence, view -> end(view, event.stage(), ABORTED, event.date()));
    }

    @EventHandler
    void on(QualificationRecorded event, @SequenceNumber long sequence) {
        var qualification = new QualificationView(event.date(), event.title(), event.certificate(), event.kind());
        change(event, sequence, view -> addInDateOrder(view, "qualifications", "date", qualification));
    }

    @EventHandler
    void on(LabourMarketSituationRecorded event, @SequenceNumber long sequence) {
        var situation = new SituationView(event.date(), event.situation(), event.detail());
        change(event, sequence, view -> addInDateOrder(view, "situations", "date", situation));
    }

    @EventHandler
    void on(HousingSituationRecorded event, @SequenceNumber long sequence) {
        var housing = new HousingView(event.date(), event.situation(), event.detail());
        change(event, sequence, view -> addInDateOrder(view, "housing", "date", housing));
    }

    @EventHandler
    void on(ParticipantExited event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            event.stagesClosed().forEach(stage -> end(view, stage, CLOSED_AT_EXIT, event.exitDate()));
            view.set("exit", json.valueToTree(new ExitView(event.exitDate(), event.reason(), event.followUpDueOn())));
        });
    }

    @EventHandler
    void on(FollowUpRecorded event, @SequenceNumber long sequence) {
        var followUp = new FollowUpView(event.date(), event.situation(), event.betterSituation());
        change(event, sequence, view -> view.set("followUp", json.valueToTree(followUp)));
    }

    @EventHandler
    void on(ReferralMade event, @SequenceNumber long sequence) {
        var referral = new ReferralView(
                event.referralId().toString(),
                event.date(),
                event.area(),
                event.provider(),
                false,
                ReferralStatus.OPEN,
                null,
                null,
                event.note(),
                null);
        change(event, sequence, view -> addInDateOrder(view, "referrals", "date", referral));
    }

    @EventHandler
    void on(ReferralClosed event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            for (var entry : view.withArrayProperty("referrals")) {
                if (entry instanceof ObjectNode referral
                        && referral.get("id")
                                .asString()
                                .equals(event.referralId().toString())) {
                    referral.put("status", ReferralStatus.CLOSED.name())
                            .put("outcome", event.outcome().name())
                            .put("closedOn", event.date().toString())
                            .put("reason", event.reason());
                }
            }
        });
    }

    @EventHandler
    void on(MobilitySupportRecorded event, @SequenceNumber long sequence) {
        var mobility = new MobilityView(event.date(), event.kind(), event.region(), event.amountEur(), event.note());
        change(event, sequence, view -> addInDateOrder(view, "mobility", "date", mobility));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private void change(ParticipantEvent event, long sequence, Consumer<ObjectNode> change) {
        views.change(event.participantId().value(), sequence, change);
    }

    private void addInDateOrder(ObjectNode view, String list, String dateField, Record entry) {
        var entries = view.withArrayProperty(list);
        JsonNode added = json.valueToTree(entry);
        var date = dateOf(added, dateField);
        var position = 0;
        while (position < entries.size()
                && !dateOf(entries.get(position), dateField).isAfter(date)) {
            position++;
        }
        entries.insert(position, added);
    }

    private void end(ObjectNode view, Stage stage, StageStatus status, LocalDate date) {
        var stages = view.withArrayProperty("stages");
        for (var i = stages.size() - 1; i >= 0; i--) {
            var entry = (ObjectNode) stages.get(i);
            if (entry.get("stage").asString().equals(stage.name())
                    && entry.get("status").asString().equals(ACTIVE.name())) {
                entry.put("status", status.name()).set("endDate", json.valueToTree(date));
                return;
            }
        }
    }

    private JsonNode corrected(IntakeField field, @Nullable String value) {
        var parsed = field.parse(value);
        return parsed == null ? NullNode.getInstance() : json.valueToTree(parsed);
    }

    private static LocalDate dateOf(JsonNode entry, String dateField) {
        return LocalDate.parse(entry.get(dateField).asString());
    }
}
