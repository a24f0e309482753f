/** Tests of the provider directory's rule and of its HTTP route. */
@NullMarked
package de.lotse.command.provider;

import org.jspecify.annotations.NullMarked;
