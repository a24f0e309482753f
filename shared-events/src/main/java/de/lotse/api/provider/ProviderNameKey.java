package de.lotse.api.provider;

import java.util.Locale;

/**
 * A provider's name as the directory compares it: without regard to case and runs of spaces, since
 * "Jobcenter  dortmund" is the same office as "Jobcenter Dortmund". The command side keeps one
 * provider per key; the query side tells by it whether a referral's provider is listed.
 */
public record ProviderNameKey(String value) {

    public static ProviderNameKey of(String name) {
        return new ProviderNameKey(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
