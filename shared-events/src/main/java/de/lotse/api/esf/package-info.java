/**
 * The funder statistics: the ESF+ indicator report with its consistency checks, and the
 * pseudonymised participant export for evaluators.
 */
@NullMarked
package de.lotse.api.esf;

import org.jspecify.annotations.NullMarked;
