package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One participant's page: intake answers, the route and, for those who may, the command forms. */
@Controller
class ParticipantPageController {

    private final ParticipantPage page;

    ParticipantPageController(ParticipantPage page) {
        this.page = page;
    }

    @GetMapping("/participants/{id}")
    String participant(@PathVariable UUID id, Model model) {
        page.fill(model, page.read(new ParticipantId(id)));
        return ParticipantPage.VIEW;
    }
}
