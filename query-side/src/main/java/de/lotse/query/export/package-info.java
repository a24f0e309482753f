/**
 * The pseudonymised participant export for evaluators: every participant's indicator data under
 * a keyed pseudonym, without names, date of birth, postcode, nationality or free text.
 */
@NullMarked
package de.lotse.query.export;

import org.jspecify.annotations.NullMarked;
