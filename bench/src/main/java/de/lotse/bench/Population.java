package de.lotse.bench;

import de.lotse.api.participant.ParticipantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Grows the programme's population in bursts: each burst appends generated routes straight to the
 * event store while the live processors are stopped, then starts them again and waits until every
 * read model has read up to the head. That wait is the live catch-up after a burst. A read model
 * the run does not keep ({@link Settings#runs}) stays stopped.
 */
final class Population {

    /** One burst: the participants there are after it, the events it appended, and what it took. */
    record Burst(long participants, long events, Duration appending, Duration catchUp) {

        double catchUpEventsPerSecond() {
            return events / Math.max(0.001, catchUp.toNanos() / 1e9);
        }
    }

    private final EventWriter writer;
    private final ReplayProbe probe;
    private final Map<String, EventProcessor> processors;
    private final Settings settings;
    private final Pathways pathways;
    private final int perTransaction;
    private long participants;

    Population(ConfigurableApplicationContext context, ReplayProbe probe, Settings settings) {
        this.writer = new EventWriter(
                context.getBean(EventStorageEngine.class), context.getBean(PlatformTransactionManager.class));
        this.probe = probe;
        this.processors = context.getBean(EventProcessingConfiguration.class).eventProcessors();
        this.settings = settings;
        this.pathways = new Pathways(settings.seed());
        this.perTransaction = settings.participantsPerTransaction();
    }

    /** Adds participants until there are {@code total}, then lets the live projections catch up. */
    Burst growTo(long total) throws InterruptedException {
        processors.values().forEach(EventProcessor::shutDown);
        var started = System.nanoTime();
        long events = 0;
        while (participants < total) {
            var batch = new ArrayList<List<Pathways.Step>>();
            for (var i = 0; i < perTransaction && participants < total; i++, participants++) {
                batch.add(pathways.route(ParticipantId.random(), (int) participants));
            }
            events += writer.append(batch);
        }
        var appending = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "Generated %,d participants, %,d events; waiting for the live projections%n", participants, events);
        processors.forEach((name, processor) -> {
            if (settings.runs(name)) {
                processor.start();
            }
        });
        return new Burst(participants, events, appending, probe.awaitCaughtUp(settings::runs));
    }
}
