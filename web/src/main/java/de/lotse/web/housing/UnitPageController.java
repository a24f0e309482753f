package de.lotse.web.housing;

import de.lotse.api.housing.UnitId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One unit's page: its details, its timeline, and for those who may, the command forms. */
@Controller
class UnitPageController {

    private final UnitPageContent page;

    UnitPageController(UnitPageContent page) {
        this.page = page;
    }

    /** The unit's page; {@code find} narrows the participants the offer form lists to those of that name. */
    @GetMapping("/housing/units/{id}")
    String unit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String find, Model model) {
        page.fill(model, page.read(new UnitId(id)), find);
        return UnitPageContent.VIEW;
    }
}
