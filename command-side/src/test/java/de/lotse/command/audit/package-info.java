@NullMarked
package de.lotse.command.audit;

import org.jspecify.annotations.NullMarked;
