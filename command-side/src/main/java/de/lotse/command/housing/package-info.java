/**
 * Housing ("Gutes Wohnen") on the command side: what the housing aggregates share (the register
 * of their ids and periods, the rule violation, the check of a participant's pathway and caseload).
 * Each aggregate has its package: {@code property}, {@code unit}, {@code renovation}; the steps
 * that cross aggregates live in {@code process}.
 */
@NullMarked
package de.lotse.command.housing;

import org.jspecify.annotations.NullMarked;
