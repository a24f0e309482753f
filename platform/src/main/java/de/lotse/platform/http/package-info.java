/**
 * What happens to an API request before any controller sees it: its body is bounded in size, and
 * a POST sent with an {@code Idempotency-Key} is carried out once however often it is repeated.
 */
@NullMarked
package de.lotse.platform.http;

import org.jspecify.annotations.NullMarked;
