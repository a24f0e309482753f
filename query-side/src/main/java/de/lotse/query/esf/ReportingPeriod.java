package de.lotse.query.esf;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The days a report covers, both ends included; a missing end leaves the period open on that side. */
record ReportingPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {}
