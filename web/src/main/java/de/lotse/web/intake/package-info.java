/** The ESF+ entry questionnaire as a form, validated by the same rules as the API's intake. */
@NullMarked
package de.lotse.web.intake;

import org.jspecify.annotations.NullMarked;
