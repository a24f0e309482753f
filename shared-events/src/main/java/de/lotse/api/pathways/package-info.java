/**
 * Pathway analytics for evaluators: how participants move through the stages, which routes lead
 * where, cohorts by entry quarter and referrals by area, with small cells suppressed for evaluators.
 */
@NullMarked
package de.lotse.api.pathways;

import org.jspecify.annotations.NullMarked;
