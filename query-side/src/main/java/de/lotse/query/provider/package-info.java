/** The provider directory coaches pick from when they refer a participant, one row per provider. */
@NullMarked
package de.lotse.query.provider;

import org.jspecify.annotations.NullMarked;
