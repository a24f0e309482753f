package de.lotse.command.system;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How aggregates are kept between commands ({@code lotse.storage.*}): a participant is snapshotted
 * every {@code snapshot-every} events; up to {@code cached} participants and as many units stay
 * in memory, each for {@code cached-for} after its last command ({@code cached=0} keeps none,
 * for several command sides whose requests for one participant are not routed to one of them).
 */
@Validated
@ConfigurationProperties("lotse.storage")
public record StorageProperties(
        @DefaultValue("50") @Min(2) int snapshotEvery,
        @DefaultValue("10000") @Min(0) int cached,
        @DefaultValue("10m") Duration cachedFor) {}
