package de.lotse.api.esf;

/** How many participants one indicator counts, by gender and in total. */
public record IndicatorRow(String code, String name, long women, long men, long nonBinary, long total) {}
