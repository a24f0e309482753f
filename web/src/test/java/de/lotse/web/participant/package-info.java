@NullMarked
package de.lotse.web.participant;

import org.jspecify.annotations.NullMarked;
