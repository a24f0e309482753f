/** The coach's caseload: who is in whose care, at which stage. */
@NullMarked
package de.lotse.api.caseload;

import org.jspecify.annotations.NullMarked;
