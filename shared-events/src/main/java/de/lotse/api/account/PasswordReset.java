package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.axonframework.serialization.Revision;

/** An administrator reset the account's password to a one-time password (which no event holds). */
@JsonTypeName("PasswordReset")
@Revision("1")
public record PasswordReset(String username) implements AccountEvent {}
