/**
 * The printable forms: the ESF+ entry questionnaire with the consent and data-protection notice,
 * blank or filled in with a participant's answers, in German and beside it the participant's
 * language. They are rendered here, on the query side, because they are reads: the API and the web
 * UI ask for them through the query gateway alike, so both get the same document and the same role
 * rules, and the web UI stays free of the PDF library.
 */
@NullMarked
package de.lotse.query.forms;

import org.jspecify.annotations.NullMarked;
