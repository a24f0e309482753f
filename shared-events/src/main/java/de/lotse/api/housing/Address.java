package de.lotse.api.housing;

/**
 * Where a property stands. A building's address names no person, so it is stored readable; it
 * becomes the detail of a renovation worker's labour-market situation, which the pathway seals.
 */
public record Address(String street, String houseNumber, String postcode, String city) {

    /** The address on one line, e.g. {@code Mallinckrodtstraße 12, 44147 Dortmund}. */
    public String oneLine() {
        return street + " " + houseNumber + ", " + postcode + " " + city;
    }
}
