/** The printable forms a participant reads and signs: the ESF+ entry questionnaire with its data-protection notice. */
@NullMarked
package de.lotse.api.forms;

import org.jspecify.annotations.NullMarked;
