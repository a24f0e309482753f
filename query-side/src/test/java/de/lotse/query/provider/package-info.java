/** Tests of the provider directory's projection and queries. */
@NullMarked
package de.lotse.query.provider;

import org.jspecify.annotations.NullMarked;
