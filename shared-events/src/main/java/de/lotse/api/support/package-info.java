/**
 * Support beyond the five stages: referrals to other services that secure the person's living
 * conditions, and support for mobility towards a job. Recorded in the participant's stream, since
 * their rules read the entry date, the exit and the erasure.
 */
@NullMarked
package de.lotse.api.support;

import org.jspecify.annotations.NullMarked;
