package de.lotse.web.housing;

import de.lotse.api.housing.FindHousingCandidates;
import de.lotse.api.housing.HousingCandidate;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Viewer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The participants a form may offer a unit to or employ on a renovation: the active ones whose
 * names the user may see in housing answers (a coach's own, everyone's for housing officers, team
 * leads and admins), by name, the newest first, at most {@link FindHousingCandidates#MOST}; a name
 * the user types narrows the choice. The query side decides, so the picker never shows a name the
 * user may not read.
 */
@Component
class Candidates {

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    Candidates(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    List<Choice> forViewer(@Nullable String name) {
        var caller = currentCaller.get();
        if (!Viewer.of(caller).offersHousing()) {
            return List.of();
        }
        return gateways.askForList(new FindHousingCandidates(caller, name), HousingCandidate.class).stream()
                .map(candidate -> new Choice(candidate.participantId(), candidate.displayName()))
                .toList();
    }
}
