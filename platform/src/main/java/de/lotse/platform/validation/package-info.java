/** Bean-validation rules that the API and the web forms share, so an intake is judged alike on both. */
@NullMarked
package de.lotse.platform.validation;

import org.jspecify.annotations.NullMarked;
