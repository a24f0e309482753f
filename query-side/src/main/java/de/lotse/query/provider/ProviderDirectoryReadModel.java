package de.lotse.query.provider;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provider directory as a read model that can be rebuilt. */
@Configuration(proxyBeanMethods = false)
class ProviderDirectoryReadModel {

    @Bean
    ReadModel rebuildableProviderDirectory() {
        return new ReadModel(
                "provider-directory",
                List.of("provider_directory"),
                jdbc -> new ProviderDirectoryProjection(new Providers(jdbc)));
    }
}
