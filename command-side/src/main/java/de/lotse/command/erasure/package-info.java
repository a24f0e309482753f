/**
 * The right to erasure against the duty to keep records: erasure by key destruction, the
 * retention period that suspends it, and the sweep that erases everyone once it ends.
 */
@NullMarked
package de.lotse.command.erasure;

import org.jspecify.annotations.NullMarked;
