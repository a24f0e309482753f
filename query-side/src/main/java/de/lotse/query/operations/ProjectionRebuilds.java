package de.lotse.query.operations;

import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.operations.ReplayProjection;
import de.lotse.api.operations.ReplayRefusal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The read models that can be rebuilt, the rebuilds running now (at most one per read model), and
 * the failure of the latest rebuild of each, until the next starts: a failed rebuild leaves the
 * old rows in place, which an admin could not tell from a rebuild that switched. A refusal travels
 * as the details of a {@link CommandExecutionException}, because only those details survive the
 * trip between JVMs.
 */
class ProjectionRebuilds implements DisposableBean {

    private final Map<String, ReadModel> readModels;
    private final DataSource dataSource;
    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;
    private final RebuildProperties properties;
    private final Clock clock;
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private final Map<String, ProjectionStatus.RebuildFailed> failed = new ConcurrentHashMap<>();
    private final ExecutorService threads;

    ProjectionRebuilds(
            List<ReadModel> readModels,
            DataSource dataSource,
            EventStore events,
            EventProcessingConfiguration processing,
            ProcessorTokens tokens,
            RebuildProperties properties,
            Clock clock) {
        readModels.forEach(readModel -> requireProcessingGroup(readModel, dataSource));
        this.readModels =
                readModels.stream().collect(Collectors.toUnmodifiableMap(ReadModel::name, Function.identity()));
        this.dataSource = dataSource;
        this.events = events;
        this.processing = processing;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
        var count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(work -> new Thread(work, "rebuild-" + count.incrementAndGet()));
    }

    @CommandHandler
    void handle(ReplayProjection command) {
        start(command.name());
    }

    /** Starts rebuilding the read model of that name; refused if there is none or it is being rebuilt. */
    void start(String name) {
        var readModel = readModels.get(name);
        var liveProcessor = readModel == null
                ? Optional.<StreamingEventProcessor>empty()
                : processing.eventProcessor(name, StreamingEventProcessor.class);
        if (readModel == null || liveProcessor.isEmpty()) {
            throw refused(ReplayRefusal.unknown(name));
        }
        var rebuild = new Rebuild(readModel, liveProcessor.get(), events, dataSource, tokens, properties, this::ended);
        if (running.putIfAbsent(name, rebuild) != null) {
            throw refused(ReplayRefusal.alreadyReplaying(name));
        }
        failed.remove(name);
        threads.execute(rebuild);
    }

    /** The rebuild of the read model of that name, while it runs. */
    Optional<Rebuild> running(String name) {
        return Optional.ofNullable(running.get(name));
    }

    /** How the latest rebuild of the read model of that name failed, unless it switched or another runs. */
    Optional<ProjectionStatus.RebuildFailed> failed(String name) {
        return Optional.ofNullable(failed.get(name));
    }

    private void ended(Rebuild rebuild, @Nullable Exception failure) {
        var name = rebuild.readModelName();
        if (failure != null) {
            failed.put(
                    name,
                    new ProjectionStatus.RebuildFailed(
                            clock.instant(), FailureCause.of(failure).described()));
        }
        running.remove(name, rebuild);
    }

    @Override
    public void destroy() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static void requireProcessingGroup(ReadModel readModel, DataSource dataSource) {
        var projection = readModel
                .projectionOn(new NamedParameterJdbcTemplate(dataSource))
                .getClass();
        var group = projection.getAnnotation(ProcessingGroup.class);
        if (group == null || !group.value().equals(readModel.name())) {
            throw new IllegalStateException("read model " + readModel.name() + " must be named after the "
                    + "processing group of its projection " + projection.getSimpleName());
        }
    }

    private static CommandExecutionException refused(ReplayRefusal refusal) {
        return new CommandExecutionException(refusal.detail(), null, refusal);
    }
}
