package de.lotse.command.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the deadline scheduler runs ({@code lotse.deadlines.*}). Every instance of the command side
 * must use the same {@code scheduler-name}, since Quartz keys the stored deadlines by it. A
 * deadline that is more than {@code misfire-threshold} late (because no instance ran at its time,
 * or because it was set in the past) is found and fired within that time.
 */
@ConfigurationProperties("lotse.deadlines")
public record DeadlineProperties(
        @DefaultValue("lotse-deadlines") String schedulerName,
        @DefaultValue("2") int threads,
        @DefaultValue("10s") Duration misfireThreshold) {}
