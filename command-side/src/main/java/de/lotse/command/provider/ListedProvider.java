package de.lotse.command.provider;

import de.lotse.api.provider.ProviderId;

/** A new provider's answer body: its id in the directory. */
record ListedProvider(ProviderId id) {}
