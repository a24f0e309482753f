/** The UI driven in a real browser: headless Chromium against the whole application. */
@NullMarked
package de.lotse.app.browser;

import org.jspecify.annotations.NullMarked;
