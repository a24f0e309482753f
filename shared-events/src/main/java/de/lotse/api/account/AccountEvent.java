package de.lotse.api.account;

/**
 * A fact recorded in one account's stream, keyed by the user name. Every implementation is listed
 * in {@link AccountEvents}, which gives it its stable stored name.
 */
public interface AccountEvent {

    String username();
}
