/** The route through the five stages, the results along it, the exit and the six-month follow-up, and the rules that guard it. */
@NullMarked
package de.lotse.api.pathway;

import org.jspecify.annotations.NullMarked;
