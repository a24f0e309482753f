package de.lotse.api.operations;

/**
 * Rebuild a read model from the first event; its old rows keep being served until the rebuilt
 * ones have caught up and take their place. {@code name} is the read model's processing group.
 */
public record ReplayProjection(String name) {}
