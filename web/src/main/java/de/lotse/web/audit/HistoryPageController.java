package de.lotse.web.audit;

import de.lotse.api.audit.FindParticipantHistory;
import de.lotse.api.audit.ParticipantHistory;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A participant's every stored event in stream order, read from the event store by the query
 * side: what was recorded, when, by whom, and the hash that chains it to the one before.
 */
@Controller
class HistoryPageController {

    static final String VIEW = "audit/history";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    HistoryPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/participants/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        var participantId = new ParticipantId(id);
        var caller = currentCaller.get();
        model.addAttribute(
                "history", gateways.ask(new FindParticipantHistory(caller, participantId), ParticipantHistory.class));
        model.addAttribute(
                "participant", gateways.ask(new FindParticipant(caller, participantId), ParticipantView.class));
        return VIEW;
    }
}
