package de.lotse.query.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a rebuild writes ({@code lotse.rebuild.*}): {@code workers} connections apply the events in
 * parallel, each a share of the participants, {@code batch-size} events per transaction, so the
 * speed is bound by PostgreSQL rather than by commits or round trips.
 */
@ConfigurationProperties("lotse.rebuild")
record RebuildProperties(
        @DefaultValue("1000") int batchSize,
        @DefaultValue("4") int workers) {}
