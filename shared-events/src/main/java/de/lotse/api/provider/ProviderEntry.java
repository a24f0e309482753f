package de.lotse.api.provider;

import de.lotse.api.support.ReferralArea;
import java.util.List;

/** One provider as the directory lists it: the areas in their order of declaration, languages as listed. */
public record ProviderEntry(String id, String name, List<ReferralArea> areas, String address, List<String> languages) {

    public ProviderEntry {
        areas = List.copyOf(areas);
        languages = List.copyOf(languages);
    }
}
