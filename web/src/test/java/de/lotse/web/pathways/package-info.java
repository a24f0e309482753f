@NullMarked
package de.lotse.web.pathways;

import org.jspecify.annotations.NullMarked;
