package de.lotse.web.housing;

import de.lotse.api.housing.UnitId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One unit's page: its details, its timeline, and for those who may, the command forms. */
@Controller
class UnitPageController {

    private final UnitPageContent page;

    UnitPageController(UnitPageContent page) {
        this.page = page;
    }

    @GetMapping("/housing/units/{id}")
    String unit(@PathVariable UUID id, Model model) {
        page.fill(model, page.read(new UnitId(id)));
        return UnitPageContent.VIEW;
    }
}
