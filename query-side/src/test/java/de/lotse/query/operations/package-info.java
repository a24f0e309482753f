@NullMarked
package de.lotse.query.operations;

import org.jspecify.annotations.NullMarked;
