package de.lotse.api.housing;

import de.lotse.api.access.Caller;

/** Find one unit with everything that happened to it: rights, renovations, vacancies, offers and tenancies. */
public record FindUnit(Caller caller, UnitId unitId) {}
