package de.lotse.command.housing.unit;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day of an acceptance or a move-in. */
record DateRequest(@NotNull LocalDate date) {}
