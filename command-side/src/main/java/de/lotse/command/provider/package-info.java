/**
 * The provider directory's write side: the provider aggregate that lists a provider under a name
 * no other provider has, the register of names it claims, and the HTTP route that sends its
 * command. The directory coaches read is built from its events on the query side.
 */
@NullMarked
package de.lotse.command.provider;

import org.jspecify.annotations.NullMarked;
