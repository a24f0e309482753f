/** What every read model of the query side shares: migrations, event processors, the problem advice. */
@NullMarked
package de.lotse.query.system;

import org.jspecify.annotations.NullMarked;
