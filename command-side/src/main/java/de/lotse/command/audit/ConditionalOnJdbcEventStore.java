package de.lotse.command.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Present only while the events are stored in PostgreSQL, where Lotse writes the hash chain as it
 * appends the events. With Axon Server the events live there and the {@link ChainKeeper} links
 * them as it reads them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
@interface ConditionalOnJdbcEventStore {}
