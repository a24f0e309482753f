package de.lotse.api.esf;

/** One consistency rule of the report, such as {@code EECO03<=EECO02 (women)}, and whether it holds. */
public record ConsistencyCheck(String rule, boolean ok) {}
