/** A participant's event history as auditors read it. */
@NullMarked
package de.lotse.web.audit;

import org.jspecify.annotations.NullMarked;
