package de.lotse.command.housing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How housing's event handlers run. The register is written subscribed, in the transaction of the
 * events it records. The processes run in a streaming processor of their own (in the all-in-one
 * application the query side's default, pooled and segmented; alone, Axon's tracking processor on
 * the token table of V51), so that an acceptance is stored at once and its consequences follow.
 * Neither may skip an event it failed on: the register's failure refuses the command, a process's
 * is retried.
 */
@Configuration(proxyBeanMethods = false)
public class HousingConfiguration {

    /** The processing group of every housing process. */
    public static final String PROCESSES = "housing-processes";

    @Bean
    ConfigurerModule housingEventHandlers() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(HousingRegisterRecorder.GROUP)
                .registerListenerInvocationErrorHandler(
                        HousingRegisterRecorder.GROUP, config -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(PROCESSES, config -> PropagatingErrorHandler.instance()));
    }
}
