/**
 * The funder statistics: the ESF+ facts of every participant with the instant each was recorded,
 * the versions of each participant's standing in the 23 indicators, the report counted from them
 * for a period and as of an instant, and the report as JSON and as CSV.
 */
@NullMarked
package de.lotse.query.esf;

import org.jspecify.annotations.NullMarked;
