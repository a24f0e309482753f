package de.lotse.command.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.platform.privacy.RetentionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class RetentionSweepTest {

    private static final LocalDate UNTIL = LocalDate.of(2031, 12, 31);
    private final IntakeRegister register = mock(IntakeRegister.class);
    private final CommandGateway commands = mock(CommandGateway.class);

    @Test
    void erasesEveryoneStillKeptOnTheDayTheRetentionPeriodEnds() {
        var amira = ParticipantId.random();
        var bogdan = ParticipantId.random();
        when(register.participants()).thenReturn(List.of(amira, bogdan));

        sweepOn(UNTIL);

        verify(commands).sendAndWait(new ErasePersonalData(amira, RetentionSweep.REASON, false));
        verify(commands).sendAndWait(new ErasePersonalData(bogdan, RetentionSweep.REASON, false));
    }

    @Test
    void keepsEverythingTheDayBefore() {
        sweepOn(UNTIL.minusDays(1));

        verifyNoInteractions(commands, register);
    }

    @Test
    void doesNothingWithoutARetentionDate() {
        new RetentionSweep(new RetentionPolicy(null), register, commands, clockOn(UNTIL)).sweep();

        verifyNoInteractions(commands, register);
    }

    @Test
    void knowsWhenTheRecordsMustStillBeKept() {
        var policy = new RetentionPolicy(UNTIL);

        assertThat(policy.runsOn(UNTIL.minusDays(1))).isTrue();
        assertThat(policy.runsOn(UNTIL)).isFalse();
        assertThat(new RetentionPolicy(null).runsOn(UNTIL)).isFalse();
    }

    private void sweepOn(LocalDate day) {
        new RetentionSweep(new RetentionPolicy(UNTIL), register, commands, clockOn(day)).sweep();
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
