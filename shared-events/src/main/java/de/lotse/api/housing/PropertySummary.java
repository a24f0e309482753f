package de.lotse.api.housing;

import java.time.LocalDate;

/** One property of the portfolio: its address, how Lotse holds it and since when, and how many units it has. */
public record PropertySummary(
        String id,
        String address,
        String street,
        String houseNumber,
        String postcode,
        String city,
        String district,
        Holding holding,
        String owner,
        LocalDate since,
        long units) {}
