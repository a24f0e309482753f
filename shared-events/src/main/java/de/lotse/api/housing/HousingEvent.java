package de.lotse.api.housing;

/**
 * A fact recorded in the stream of a property, a unit or a renovation. Every implementation is
 * listed in {@link HousingEvents}, which keeps the catalogue of their stable stored names. No
 * housing event holds a participant's name: a participant appears by id only.
 */
public interface HousingEvent {}
