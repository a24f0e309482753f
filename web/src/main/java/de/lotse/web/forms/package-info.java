/** The printable forms: the ESF+ entry questionnaire, blank from the intake page, filled in from the participant's page. */
@NullMarked
package de.lotse.web.forms;

import org.jspecify.annotations.NullMarked;
