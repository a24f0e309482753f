@NullMarked
package de.lotse.web.account;

import org.jspecify.annotations.NullMarked;
