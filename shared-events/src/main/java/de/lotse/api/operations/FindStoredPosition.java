package de.lotse.api.operations;

/**
 * Find the global index of the newest stored event (0 while none is stored), as a {@code Long}.
 * Asked before and after a command, the two positions enclose the events the command stored. It
 * carries no caller: a position tells nothing about anyone.
 */
public record FindStoredPosition() {}
