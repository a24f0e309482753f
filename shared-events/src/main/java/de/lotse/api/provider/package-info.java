/**
 * The directory of providers coaches refer participants to: public offices, counselling services,
 * clinics, each with the areas it serves, its address and the languages it is spoken to in.
 */
@NullMarked
package de.lotse.api.provider;

import org.jspecify.annotations.NullMarked;
