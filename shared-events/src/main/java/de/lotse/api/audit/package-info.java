/** The participant's event trail as auditors read it. */
@NullMarked
package de.lotse.api.audit;

import org.jspecify.annotations.NullMarked;
