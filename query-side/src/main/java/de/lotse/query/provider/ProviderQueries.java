package de.lotse.query.provider;

import static de.lotse.api.access.Permission.READ_PROVIDERS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ProviderEntry;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers for the provider directory, to those who refer participants or oversee it. */
@Component
class ProviderQueries {

    private final Providers providers;

    ProviderQueries(Providers providers) {
        this.providers = providers;
    }

    @QueryHandler
    List<ProviderEntry> handle(FindProviders query) {
        require(query.caller(), READ_PROVIDERS, "reading the provider directory");
        return providers.all(query.area());
    }
}
