package de.lotse.command.housing.process;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events a process has acted on (migration V51). A process claims the event before it sends
 * its command, in the processor's transaction, which the command joins when it runs in the same
 * application: the claim, the command's events and the processor's token commit together, and a
 * redelivered event finds its claim and sends nothing again.
 */
@Component
class ProcessSteps {

    private final JdbcClient jdbc;

    ProcessSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this call claimed the event; false when it was acted on before. */
    boolean claim(String eventId) {
        return jdbc.sql("INSERT INTO housing_process_step (event_id) VALUES (:event) ON CONFLICT DO NOTHING")
                        .param("event", eventId)
                        .update()
                == 1;
    }
}
