package de.lotse.query.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a rebuild writes ({@code lotse.rebuild.*}): {@code batch-size} events are applied per
 * transaction, so the speed is bound by PostgreSQL rather than by commits.
 */
@ConfigurationProperties("lotse.rebuild")
record RebuildProperties(@DefaultValue("1000") int batchSize) {
}
