/** Intake, corrections and the participant's current state: who the participant is and what was answered at entry. */
@NullMarked
package de.lotse.api.participant;

import org.jspecify.annotations.NullMarked;
