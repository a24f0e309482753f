/**
 * The caseload list: who is in whose care, active or exited, at which stages, and whose six-month
 * follow-up is due.
 */
@NullMarked
package de.lotse.query.caseload;

import org.jspecify.annotations.NullMarked;
