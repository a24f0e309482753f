package de.lotse.api.provider;

import de.lotse.api.support.ReferralArea;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * List a provider in the directory under a name no other provider has, with the areas it serves,
 * its address and the languages (ISO 639-1) it can be spoken to in.
 */
public record ListProvider(
        @TargetAggregateIdentifier ProviderId providerId,
        String name,
        Set<ReferralArea> areas,
        String address,
        List<String> languages) {

    public ListProvider {
        areas = Set.copyOf(areas);
        languages = List.copyOf(languages);
    }
}
