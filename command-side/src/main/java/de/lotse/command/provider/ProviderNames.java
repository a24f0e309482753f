package de.lotse.command.provider;

import de.lotse.api.access.Refusal;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.provider.ProviderNameKey;
import de.lotse.command.system.Refused;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which provider holds which name: the set-based check an event-sourced aggregate cannot make on
 * its own. Names compare by their {@link ProviderNameKey}, without regard to case and runs of
 * spaces. Written from the provider's command handler, inside
 * its transaction; as in the intake register, {@code ON CONFLICT DO NOTHING} lets a racing second
 * listing wait for the first and then find the name taken, without an aborted transaction.
 */
@Component
class ProviderNames {

    private final JdbcClient jdbc;

    ProviderNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the name for the provider; refused when another provider holds it already. */
    void claim(ProviderId provider, String name) {
        var key = ProviderNameKey.of(name).value();
        jdbc.sql("INSERT INTO provider_name (name_key, provider_id) VALUES (:key, :provider) ON CONFLICT DO NOTHING")
                .param("key", key)
                .param("provider", provider.value())
                .update();
        var owner = jdbc.sql("SELECT provider_id FROM provider_name WHERE name_key = :key")
                .param("key", key)
                .query(UUID.class)
                .single();
        if (!owner.equals(provider.value())) {
            throw new Refused(Refusal.providerNameTaken(owner));
        }
    }
}
