/** What every page shares: the login form and its security chain, languages, the gateways and the error pages. */
@NullMarked
package de.lotse.web.system;

import org.jspecify.annotations.NullMarked;
