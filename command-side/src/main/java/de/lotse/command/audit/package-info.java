/**
 * Tamper evidence: each participant's stored events form a SHA-256 hash chain, written in the
 * transaction that appends them, and checked on an auditor's request.
 */
@NullMarked
package de.lotse.command.audit;

import org.jspecify.annotations.NullMarked;
