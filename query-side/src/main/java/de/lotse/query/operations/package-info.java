/**
 * Running the read side: how far each projection has read, and rebuilding a read model from the
 * first event beside the live one, which keeps being served until the rebuilt tables take over.
 */
@NullMarked
package de.lotse.query.operations;

import org.jspecify.annotations.NullMarked;
