package de.lotse.bench;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.operations.FindProjectionStatus;
import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.operations.ReplayProjection;
import de.lotse.api.operations.ReplayRefusal;
import de.lotse.query.operations.ReadModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the read side through its public messages, as the operations endpoints do: asks how far
 * every projection has read, waits for them to reach the head, and replays one read model,
 * timing it from the command until the rebuilt tables have taken over.
 */
final class ReplayProbe {

    /** A finished replay: the events it read, how long it took, and whether the tables were switched. */
    record Replay(String name, long events, Duration took, boolean switched) {

        double eventsPerSecond() {
            return events / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    private static final Caller ADMIN = new Caller("bench", Set.of(Role.ADMIN));
    private static final Duration POLL = Duration.ofMillis(200);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Map<String, ReadModel> readModels;

    ReplayProbe(QueryGateway queries, CommandGateway commands, JdbcClient jdbc, List<ReadModel> readModels) {
        this.queries = queries;
        this.commands = commands;
        this.jdbc = jdbc;
        this.readModels = readModels.stream().collect(Collectors.toMap(ReadModel::name, Function.identity()));
    }

    /** The probe of the Lotse running in {@code context}, over every read model it declares. */
    static ReplayProbe of(ConfigurableApplicationContext context) {
        return new ReplayProbe(
                context.getBean(QueryGateway.class),
                context.getBean(CommandGateway.class),
                context.getBean(JdbcClient.class),
                List.copyOf(context.getBeansOfType(ReadModel.class).values()));
    }

    /** A PostgreSQL setting as the run's database has it, for a results file. */
    static String postgresSetting(JdbcClient jdbc, String name) {
        return "PostgreSQL " + name + " = "
                + jdbc.sql("SELECT current_setting(:name)")
                        .param("name", name)
                        .query(String.class)
                        .single();
    }

    List<ProjectionStatus> status() {
        return queries.query(new FindProjectionStatus(ADMIN), ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                .join();
    }

    /** Waits until every projection the run keeps has read up to the head; how long that took. */
    Duration awaitCaughtUp(Predicate<String> kept) throws InterruptedException {
        var started = System.nanoTime();
        while (!status().stream()
                .filter(status -> kept.test(status.name()))
                .allMatch(status -> status.position() >= status.head() && !status.replaying())) {
            Thread.sleep(POLL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Replays the read model and waits for the switch; empty if it cannot be rebuilt. */
    Optional<Replay> replay(String name) throws InterruptedException {
        var tablesBefore = tableIds(name);
        var head = status().stream().mapToLong(ProjectionStatus::head).max().orElse(0);
        var started = System.nanoTime();
        try {
            commands.sendAndWait(new ReplayProjection(name));
        } catch (CommandExecutionException refused) {
            if (refused.getDetails().filter(ReplayRefusal.class::isInstance).isPresent()) {
                return Optional.empty();
            }
            throw refused;
        }
        while (status().stream().anyMatch(status -> status.name().equals(name) && status.replaying())) {
            Thread.sleep(POLL.toMillis());
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        return Optional.of(new Replay(name, head, took, !tableIds(name).equals(tablesBefore)));
    }

    private List<Long> tableIds(String name) {
        var readModel = readModels.get(name);
        if (readModel == null) {
            return List.of();
        }
        return readModel.tables().stream()
                .map(table -> jdbc.sql("SELECT CAST(CAST(:table AS regclass) AS oid)")
                        .param("table", table)
                        .query(Long.class)
                        .single())
                .toList();
    }
}
