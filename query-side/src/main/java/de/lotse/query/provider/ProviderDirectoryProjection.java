package de.lotse.query.provider;

import de.lotse.api.provider.ProviderListed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the directory: one row per listed provider. */
@Component
@ProcessingGroup("provider-directory")
class ProviderDirectoryProjection {

    private final Providers providers;

    ProviderDirectoryProjection(Providers providers) {
        this.providers = providers;
    }

    @EventHandler
    void on(ProviderListed event) {
        providers.list(event);
    }

    @ResetHandler
    void reset() {
        providers.deleteAll();
    }
}
