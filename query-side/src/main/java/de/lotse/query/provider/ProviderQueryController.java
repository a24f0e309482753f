package de.lotse.query.provider;

import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.support.ReferralArea;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider directory. */
@RestController
@Tag(name = "Providers")
class ProviderQueryController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    ProviderQueryController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "listProviders",
            summary = "List the provider directory",
            description = "Coaches, team leads, auditors and admins. By name; with `area` only the providers"
                    + " serving it.")
    @GetMapping("/api/providers")
    List<ProviderEntry> providers(@RequestParam @Nullable ReferralArea area) {
        return queries.query(
                        new FindProviders(currentCaller.get(), area),
                        ResponseTypes.multipleInstancesOf(ProviderEntry.class))
                .join();
    }
}
