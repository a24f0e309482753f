package de.lotse.command.erasure;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.platform.privacy.RetentionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once the retention period has ended, personal data must not be kept any longer: every day,
 * and at start-up, this erases every participant whose data are still there (the intake register
 * lists exactly those) and logs how many. Before that day it does nothing.
 */
@Component
class RetentionSweep {

    static final String REASON = "The retention period has ended (lotse.retention.until).";
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final RetentionPolicy retention;
    private final IntakeRegister register;
    private final CommandGateway commands;
    private final Clock clock;

    RetentionSweep(RetentionPolicy retention, IntakeRegister register, CommandGateway commands, Clock clock) {
        this.retention = retention;
        this.register = register;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT24H")
    void sweep() {
        var today = LocalDate.now(clock);
        if (retention.until() == null || retention.runsOn(today)) {
            return;
        }
        var participants = register.participants();
        participants.forEach(id -> commands.sendAndWait(new ErasePersonalData(id, REASON, false)));
        log.info(
                "Retention period ended on {}: erased the personal data of {} participants",
                retention.until(),
                participants.size());
    }
}
