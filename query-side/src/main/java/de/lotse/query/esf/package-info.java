/**
 * The funder statistics: the ESF+ facts of every participant with the instant each was recorded,
 * the 23 indicators computed from them for a period and as of an instant, and the report as JSON
 * and as CSV.
 */
@NullMarked
package de.lotse.query.esf;

import org.jspecify.annotations.NullMarked;
