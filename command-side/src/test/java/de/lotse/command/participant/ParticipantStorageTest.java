package de.lotse.command.participant;

import static de.lotse.command.participant.History.COACH1;
import static de.lotse.command.participant.History.ENTRY;
import static de.lotse.command.participant.History.ID;
import static de.lotse.command.participant.History.intakeOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import de.lotse.command.intake.IntakeProperties;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.testing.TestDatabase;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The participant on Axon's JDBC event store over the command side's own schema, with the
 * duplicate register written in the unit of work's transaction: a refused command stores nothing.
 */
class ParticipantStorageTest {

    private static final ParticipantId SECOND = ParticipantId.of("22222222-2222-4222-8222-222222222222");
    private static final PersonalDetails TWIN =
            new PersonalDetails("Ioana", "Popescu", LocalDate.of(1991, 3, 2), "44147");

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final IntakeRegister register = new IntakeRegister(jdbc, new IntakeProperties("test-secret"));
    private final Configuration axon = axonOn(dataSource, register);
    private final CommandGateway commands = axon.commandGateway();

    @AfterEach
    void shutDown() {
        axon.shutdown();
    }

    @Test
    void storesTheEnrolmentAndItsRegisterEntryTogether() {
        assertThat(send(intakeOn(ENTRY))).isEqualTo(EnrolmentOutcome.ENROLLED);

        assertThat(count("domainevententry")).isEqualTo(1);
        assertThat(count("intake_register")).isEqualTo(1);
    }

    @Test
    void answersARepeatedIntakeWithoutStoringAgain() {
        send(intakeOn(ENTRY));

        assertThat(send(intakeOn(ENTRY))).isEqualTo(EnrolmentOutcome.ALREADY_ENROLLED);
        assertThat(count("domainevententry")).isEqualTo(1);
    }

    @Test
    void storesNothingForARefusedDuplicate() {
        send(intakeOn(ENTRY));
        var duplicate = withId(intakeOn(ENTRY), SECOND);

        assertThatThrownBy(() -> send(duplicate))
                .isInstanceOfSatisfying(
                        PathwayRuleViolation.class,
                        violation -> assertThat(violation.toRuleViolation().existingId())
                                .isEqualTo(ID.toString()));
        assertThat(count("domainevententry")).isEqualTo(1);
        assertThat(count("intake_register")).isEqualTo(1);
    }

    @Test
    void keepsTheRegisterAsItWasWhenACorrectionIsRefused() {
        send(intakeOn(ENTRY));
        send(withDetails(withId(intakeOn(ENTRY), SECOND), TWIN));

        assertThatThrownBy(() -> send(new CorrectIntake(SECOND, IntakeField.FIRST_NAME, "Elena", "typo")))
                .isInstanceOfSatisfying(
                        PathwayRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(PathwayRule.DUPLICATE_INTAKE));
        assertThat(register.claim(ParticipantId.random(), TWIN)).contains(SECOND);
        assertThat(count("domainevententry")).isEqualTo(2);
    }

    @Test
    void decidesOnTheHistoryReadBackFromTheStore() {
        send(intakeOn(ENTRY));
        send(new StartStage(ID, Stage.COACHING, ENTRY));

        assertThatThrownBy(() -> send(new StartStage(ID, Stage.COACHING, ENTRY.plusDays(1))))
                .isInstanceOfSatisfying(
                        PathwayRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(PathwayRule.STAGE_ALREADY_ACTIVE));
        assertThat(count("domainevententry")).isEqualTo(2);
    }

    private Object send(Object command) {
        return commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(COACH1));
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static EnrolParticipant withId(EnrolParticipant intake, ParticipantId id) {
        return new EnrolParticipant(
                id,
                intake.personalDetails(),
                intake.gender(),
                intake.entryDate(),
                intake.labourStatus(),
                intake.isced(),
                intake.nationality(),
                intake.foreignBackground(),
                intake.disability(),
                intake.minority(),
                intake.homeless(),
                intake.rural(),
                intake.coach());
    }

    private static EnrolParticipant withDetails(EnrolParticipant intake, PersonalDetails details) {
        return new EnrolParticipant(
                intake.participantId(),
                details,
                intake.gender(),
                intake.entryDate(),
                intake.labourStatus(),
                intake.isced(),
                intake.nationality(),
                intake.foreignBackground(),
                intake.disability(),
                intake.minority(),
                intake.homeless(),
                intake.rural(),
                intake.coach());
    }

    private static Configuration axonOn(DataSource dataSource, IntakeRegister register) {
        SideMigrations.migrate(dataSource, "command");
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        var serializer = Jackson3Serializer.builder().build();
        var engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        var configuration = DefaultConfigurer.defaultConfiguration(false)
                .configureTransactionManager(c -> transactions)
                .configureCommandBus(c -> SimpleCommandBus.builder()
                        .transactionManager(transactions)
                        .build())
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(IntakeRegister.class, c -> register)
                .registerComponent(Accounts.class, c -> History.everyCoachEnabled())
                .configureAggregate(Participant.class)
                .buildConfiguration();
        configuration.start();
        return configuration;
    }
}
