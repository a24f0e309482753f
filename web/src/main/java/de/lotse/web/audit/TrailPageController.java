package de.lotse.web.audit;

import de.lotse.api.account.AccountEvents;
import de.lotse.api.audit.AuditTrailPage;
import de.lotse.api.audit.ChainVerdict;
import de.lotse.api.audit.FindChainVerdict;
import de.lotse.api.housing.HousingEvents;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.api.provider.ProviderEvents;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.Gateways;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The auditor's view across all participants: every stored event, oldest first and filterable,
 * and the check that every participant's hash chain still matches the stored events.
 */
@Controller
class TrailPageController {

    static final String TRAIL_VIEW = "audit/trail";
    static final String VERDICT_VIEW = "audit/verify";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;

    TrailPageController(Gateways gateways, CurrentCaller currentCaller) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/audit/trail")
    String trail(TrailFilter filter, BindingResult ignoredUnknownValues, Model model) {
        var found = gateways.ask(filter.toQuery(currentCaller.get()), AuditTrailPage.class);
        model.addAttribute("filter", filter);
        model.addAttribute("trail", found);
        model.addAttribute("pageIndex", filter.pageIndex());
        model.addAttribute("pages", Math.max(1, (found.total() + TrailFilter.PAGE_SIZE - 1) / TrailFilter.PAGE_SIZE));
        model.addAttribute(
                "eventTypes",
                Stream.of(ParticipantEvents.TYPES, AccountEvents.TYPES, ProviderEvents.TYPES, HousingEvents.TYPES)
                        .flatMap(List::stream)
                        .map(ParticipantEvents::storedName)
                        .toList());
        return TRAIL_VIEW;
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verdict", gateways.ask(new FindChainVerdict(currentCaller.get()), ChainVerdict.class));
        return VERDICT_VIEW;
    }
}
