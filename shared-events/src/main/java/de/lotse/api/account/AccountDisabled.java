package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.axonframework.serialization.Revision;

/** The account was disabled; what its holder recorded stays, and their participants stay with them. */
@JsonTypeName("AccountDisabled")
@Revision("1")
public record AccountDisabled(String username) implements AccountEvent {}
