package de.lotse.query.participant;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.FindParticipantHousing;
import de.lotse.api.housing.ParticipantHousing;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.participant.ParticipantView.ReferralView;
import de.lotse.query.provider.Providers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for one participant, or refuses (see {@link de.lotse.query.system.Refusals}). The view
 * is the participant view's document, completed as it is read: whether a referral's provider is in
 * the directory is asked of the directory, so a provider listed after the referral counts as
 * listed; the housing offers and tenancies come from the housing read model, asked through the
 * query gateway as any other reader would. The view's projection never reads another read model's
 * tables.
 */
@Component
class ParticipantQueries {

    private final ParticipantViews views;
    private final Providers providers;
    private final QueryGateway queries;

    ParticipantQueries(ParticipantViews views, Providers providers, QueryGateway queries) {
        this.views = views;
        this.providers = providers;
        this.queries = queries;
    }

    @QueryHandler
    ParticipantView handle(FindParticipant query) {
        var id = query.participantId();
        require(query.caller(), READ_PARTICIPANTS, "reading participants");
        var view = views.find(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!query.caller().mayAccessCaseloadOf(view.coach())) {
            throw refused(Refusal.notYourCaseload(id));
        }
        return withDirectoryMarks(view).withHousing(housingOf(query));
    }

    private ParticipantView withDirectoryMarks(ParticipantView view) {
        var listed = providers.listedAmong(
                view.referrals().stream().map(ReferralView::provider).toList());
        return view.withReferrals(view.referrals().stream()
                .map(referral -> referral.marked(listed.contains(referral.provider())))
                .toList());
    }

    /** Offers and tenancies are kept by the housing read model, which answers for them like for any other reader. */
    private ParticipantHousing housingOf(FindParticipant query) {
        return queries.query(
                        new FindParticipantHousing(query.caller(), query.participantId()),
                        ResponseTypes.instanceOf(ParticipantHousing.class))
                .join();
    }
}
