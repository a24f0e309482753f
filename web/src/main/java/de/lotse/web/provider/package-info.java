/** The directory of providers coaches refer participants to: reading it, and listing a provider in it. */
@NullMarked
package de.lotse.web.provider;

import org.jspecify.annotations.NullMarked;
