package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.axonframework.serialization.Revision;

/** The account was enabled again. */
@JsonTypeName("AccountEnabled")
@Revision("1")
public record AccountEnabled(String username) implements AccountEvent {}
