package de.lotse.query.provider;

import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.provider.ProviderListed;
import de.lotse.api.provider.ProviderNameKey;
import de.lotse.api.support.ReferralArea;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code provider_directory} table. Public for {@link #listedAmong}, with which the participant
 * view tells whether a referral's provider is in the directory when it is read.
 */
@Component
public class Providers {

    private final JdbcClient jdbc;

    /** Public for the participant view's tests, which mark referrals against a real directory. */
    public Providers(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Lists the provider; a listing applied before changes nothing. */
    void list(ProviderListed event) {
        jdbc.sql("""
                INSERT INTO provider_directory (provider_id, name, name_key, areas, address, languages)
                VALUES (:id, :name, :key, :areas, :address, :languages)
                ON CONFLICT (provider_id) DO NOTHING""")
                .param("id", event.providerId().value())
                .param("name", event.name())
                .param("key", ProviderNameKey.of(event.name()).value())
                .param("areas", event.areas().stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("address", event.address())
                .param("languages", event.languages().toArray(String[]::new))
                .update();
    }

    /** Every provider by name, or those serving the area. */
    List<ProviderEntry> all(@Nullable ReferralArea area) {
        return jdbc.sql("""
                SELECT provider_id, name, areas, address, languages FROM provider_directory
                 WHERE CAST(:area AS text) IS NULL OR CAST(:area AS text) = ANY (areas)
                 ORDER BY name_key, provider_id""")
                .param("area", area == null ? null : area.name())
                .query((row, number) -> new ProviderEntry(
                        row.getString("provider_id"),
                        row.getString("name"),
                        Arrays.stream(strings(row.getArray("areas")))
                                .map(ReferralArea::valueOf)
                                .toList(),
                        row.getString("address"),
                        List.of(strings(row.getArray("languages")))))
                .list();
    }

    /** Those of {@code names} the directory lists, compared by their {@link ProviderNameKey}. */
    public Set<String> listedAmong(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        var listed = Set.copyOf(jdbc.sql("SELECT name_key FROM provider_directory WHERE name_key = ANY (:keys)")
                .param(
                        "keys",
                        names.stream()
                                .map(name -> ProviderNameKey.of(name).value())
                                .toArray(String[]::new))
                .query(String.class)
                .list());
        return names.stream()
                .filter(name -> listed.contains(ProviderNameKey.of(name).value()))
                .collect(Collectors.toUnmodifiableSet());
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM provider_directory").update();
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
