/** The evaluators' page of the pathway analytics: tables and charts drawn on the server. */
@NullMarked
package de.lotse.web.pathways;

import org.jspecify.annotations.NullMarked;
