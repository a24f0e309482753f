/** Running the read side: how far each projection has read, and rebuilding one from the first event. */
@NullMarked
package de.lotse.api.operations;

import org.jspecify.annotations.NullMarked;
