package de.lotse.command.housing.property;

import de.lotse.api.housing.AcquireProperty;
import de.lotse.api.housing.Address;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.PropertyId;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PropertyTest {

    private static final PropertyId PROPERTY = PropertyId.of("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
    private static final Address ADDRESS = new Address("Mallinckrodtstraße", "12", "44147", "Dortmund");

    @Test
    void acquiresAPropertyWithItsHolding() {
        new AggregateTestFixture<>(Property.class)
                .givenNoPriorActivity()
                .when(new AcquireProperty(
                        PROPERTY,
                        ADDRESS,
                        "Nordstadt",
                        Holding.MANAGED_FOR_OWNER,
                        "Stiftung Soziale Stadt",
                        LocalDate.of(2026, 2, 1)))
                .expectEvents(new PropertyAcquired(
                        PROPERTY,
                        ADDRESS,
                        "Nordstadt",
                        Holding.MANAGED_FOR_OWNER,
                        "Stiftung Soziale Stadt",
                        LocalDate.of(2026, 2, 1)));
    }
}
