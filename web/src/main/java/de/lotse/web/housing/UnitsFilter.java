package de.lotse.web.housing;

import de.lotse.api.access.Caller;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.UnitStatus;
import org.jspecify.annotations.Nullable;

/** The filters of the units list as its form sends them. */
record UnitsFilter(
        @Nullable UnitStatus status,
        @Nullable String district,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 20;

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    FindUnits toQuery(Caller caller) {
        var inDistrict = district == null || district.isBlank() ? null : district.strip();
        return new FindUnits(caller, status, inDistrict, null, pageIndex(), PAGE_SIZE);
    }
}
