package de.lotse.api.esf;

import de.lotse.api.participant.Nationality;

/**
 * What the statistics keep of a nationality: whether it is of an EU member state or of a third
 * country (EECO13). The country itself is left out, since a rare one could single a person out.
 */
public enum NationalityGroup {
    EU,
    THIRD_COUNTRY;

    public static NationalityGroup of(Nationality nationality) {
        return nationality.isThirdCountry() ? THIRD_COUNTRY : EU;
    }
}
