/**
 * Pathway analytics for evaluators: what the ESF+ fold makes of each participant, kept as a version
 * per change with the instants it was valid, so that a report for any period and any instant is one
 * pass over the versions valid then; and the referrals by area.
 */
@NullMarked
package de.lotse.query.pathways;

import org.jspecify.annotations.NullMarked;
