/**
 * The command side: the participant aggregate that keeps the pathway rules, the duplicate
 * register written in the same transaction as the events, and the HTTP commands of the contract.
 */
@NullMarked
package de.lotse.command;

import org.jspecify.annotations.NullMarked;
