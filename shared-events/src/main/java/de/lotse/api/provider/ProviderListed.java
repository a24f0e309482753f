package de.lotse.api.provider;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.support.ReferralArea;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A provider was listed in the directory, so coaches can refer participants to it. Everything
 * here describes an organisation, none of it a person, so nothing is sealed.
 */
@JsonTypeName("ProviderListed")
@Revision("1")
public record ProviderListed(
        ProviderId providerId, String name, Set<ReferralArea> areas, String address, List<String> languages)
        implements ProviderEvent {

    public ProviderListed {
        areas = Set.copyOf(areas);
        languages = List.copyOf(languages);
    }
}
