package de.lotse.platform.validation;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A yes-or-no field of a JSON request is {@code true}, {@code false}, or absent where the contract
 * allows it. Jackson alone reads an empty string as absent, so {@code "overrideRetention": ""}
 * would quietly mean {@code false}: an answer nobody gave. It is a 400 naming the field instead.
 */
@Configuration(proxyBeanMethods = false)
public class StrictFlags {

    @Bean
    JsonMapperBuilderCustomizer noEmptyStringFlags() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Boolean, flags -> flags.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
