/**
 * The coach's worklist: one row per thing due (a follow-up, an open referral, an offer awaiting an
 * answer, a tenancy check, a participant without a step for too long), opened and settled by the
 * events, and shown from the day it falls due. Each kind is one {@link de.lotse.query.worklist.WorklistRule}.
 */
@NullMarked
package de.lotse.query.worklist;

import org.jspecify.annotations.NullMarked;
