package de.lotse.web.housing;

import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Viewer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The participants a form may offer a unit to or employ on a renovation: the active ones the user
 * may see, by name, as the caseload answers them (a coach's own, everyone's for those who see every
 * participant). The query side decides, so the picker never shows a name the user may not read.
 */
@Component
class Candidates {

    /** More than any caseload holds; the picker is a list, not a search. */
    private static final int AT_MOST = 500;

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    Candidates(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    List<Choice> forViewer() {
        var caller = currentCaller.get();
        if (!Viewer.of(caller).readsParticipants()) {
            return List.of();
        }
        var active = new FindCaseload(caller, null, ParticipantStatus.ACTIVE, null, null, null, 0, AT_MOST);
        return gateways.ask(active, CaseloadPage.class).items().stream()
                .map(entry -> new Choice(entry.id(), entry.displayName()))
                .toList();
    }
}
