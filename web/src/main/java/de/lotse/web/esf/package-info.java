/** The ESF+ indicator report for evaluators: the table, its consistency checks, a chart and the CSV. */
@NullMarked
package de.lotse.web.esf;

import org.jspecify.annotations.NullMarked;
