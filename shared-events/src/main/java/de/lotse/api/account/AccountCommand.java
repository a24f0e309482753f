package de.lotse.api.account;

/** A command on one account, addressed by its user name. */
public interface AccountCommand {

    String username();
}
