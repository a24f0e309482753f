/** What everyone signed in keeps of their own account: the password and the API tokens. */
@NullMarked
package de.lotse.web.account;

import org.jspecify.annotations.NullMarked;
