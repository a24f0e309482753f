package de.lotse.api.provider;

import java.util.List;

/** The catalogue of a provider's stored event types; a test keeps it complete. */
public final class ProviderEvents {

    public static final List<Class<? extends ProviderEvent>> TYPES = List.of(ProviderListed.class);

    private ProviderEvents() {}
}
