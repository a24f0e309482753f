/**
 * One participant from intake to follow-up: the aggregate that is the rule book, and the HTTP
 * routes that send its commands.
 */
@NullMarked
package de.lotse.command.participant;

import org.jspecify.annotations.NullMarked;
