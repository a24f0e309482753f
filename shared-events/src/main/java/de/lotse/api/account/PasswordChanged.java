package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.axonframework.serialization.Revision;

/** The account holder chose a new password (which no event holds). */
@JsonTypeName("PasswordChanged")
@Revision("1")
public record PasswordChanged(String username) implements AccountEvent {}
