package de.lotse.api.provider;

/**
 * A fact recorded in one provider's stream. Every implementation is listed in
 * {@link ProviderEvents}, which gives it its stable stored name.
 */
public interface ProviderEvent {

    ProviderId providerId();
}
