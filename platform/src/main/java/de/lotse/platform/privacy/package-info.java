/**
 * Crypto-shredding: personal data in events are encrypted with a key per participant, and
 * destroying that key erases them from an append-only store without touching a single event.
 */
@NullMarked
package de.lotse.platform.privacy;

import org.jspecify.annotations.NullMarked;
