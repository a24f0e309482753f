package de.lotse.api.housing;

/** A command on one existing unit, addressed by its id; an unknown unit answers {@code 404}. */
public interface UnitCommand {

    UnitId unitId();
}
