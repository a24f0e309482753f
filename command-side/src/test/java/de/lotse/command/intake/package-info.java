/** Tests of the duplicate register against embedded PostgreSQL. */
@NullMarked
package de.lotse.command.intake;

import org.jspecify.annotations.NullMarked;
