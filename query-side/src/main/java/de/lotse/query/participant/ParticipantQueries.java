package de.lotse.query.participant;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.participant.ParticipantView.ReferralView;
import de.lotse.query.provider.Providers;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for one participant, or refuses (see {@link de.lotse.query.system.Refusals}). Whether a
 * referral's provider is in the directory is asked of the directory as the view is read, so a
 * provider listed after the referral counts as listed; the view's projection never reads the
 * directory's table.
 */
@Component
class ParticipantQueries {

    private final ParticipantViews views;
    private final Providers providers;

    ParticipantQueries(ParticipantViews views, Providers providers) {
        this.views = views;
        this.providers = providers;
    }

    @QueryHandler
    ParticipantView handle(FindParticipant query) {
        var id = query.participantId();
        require(query.caller(), READ_PARTICIPANTS, "reading participants");
        var view = views.find(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!query.caller().mayAccessCaseloadOf(view.coach())) {
            throw refused(Refusal.notYourCaseload(id));
        }
        return withDirectoryMarks(view);
    }

    private ParticipantView withDirectoryMarks(ParticipantView view) {
        var listed = providers.listedAmong(
                view.referrals().stream().map(ReferralView::provider).toList());
        return view.withReferrals(view.referrals().stream()
                .map(referral -> referral.marked(listed.contains(referral.provider())))
                .toList());
    }
}
