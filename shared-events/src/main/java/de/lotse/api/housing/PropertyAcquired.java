package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The programme took a property into its portfolio: bought, leased, managed for an owner, or
 * reached through occupancy rights. The owner is the party named in the contract, a foundation
 * or company as a rule; a private owner is named by the programme's file reference, never by name.
 */
@JsonTypeName("PropertyAcquired")
@Revision("1")
public record PropertyAcquired(
        PropertyId propertyId, Address address, String district, Holding holding, String owner, LocalDate since)
        implements HousingEvent {}
