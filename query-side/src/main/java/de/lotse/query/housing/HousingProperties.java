package de.lotse.query.housing;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the housing read side. {@code lotse.housing.strained-districts} names the districts
 * whose housing market is strained, a list the programme agrees with its funder: the report counts
 * the placements outside them, since a tenancy there also eases the strained districts. Districts
 * compare without regard to case.
 */
@ConfigurationProperties("lotse.housing")
record HousingProperties(@DefaultValue("Nordstadt") List<String> strainedDistricts) {

    HousingProperties {
        strainedDistricts = List.copyOf(strainedDistricts);
    }

    boolean isStrained(String district) {
        var name = district.strip().toLowerCase(Locale.ROOT);
        return strainedDistricts.stream()
                .anyMatch(strained -> strained.strip().toLowerCase(Locale.ROOT).equals(name));
    }
}
