package de.lotse.query.housing;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The housing portfolio as a read model that can be rebuilt. Public for the rebuild's own tests. */
@Configuration(proxyBeanMethods = false)
public class PortfolioReadModel {

    static final String NAME = "housing-portfolio";

    @Bean
    public ReadModel rebuildableHousingPortfolio() {
        return new ReadModel(
                NAME,
                List.of(
                        "portfolio_property",
                        "portfolio_unit",
                        "portfolio_occupancy_right",
                        "portfolio_renovation",
                        "portfolio_renovation_worker",
                        "portfolio_vacancy",
                        "portfolio_offer",
                        "portfolio_tenancy",
                        "portfolio_tenancy_check"),
                jdbc -> new PortfolioProjection(
                        new Portfolio(jdbc),
                        new OccupancyRights(jdbc),
                        new Renovations(jdbc),
                        new Offers(jdbc),
                        new Tenancies(jdbc)));
    }
}
