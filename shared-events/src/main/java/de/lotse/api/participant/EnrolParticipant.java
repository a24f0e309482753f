package de.lotse.api.participant;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Enrol a person into the programme with the answers of the ESF+ entry questionnaire. */
public record EnrolParticipant(
        @TargetAggregateIdentifier ParticipantId participantId,
        PersonalDetails personalDetails,
        Gender gender,
        LocalDate entryDate,
        LabourStatus labourStatus,
        @Nullable Integer isced,
        Nationality nationality,
        Answer foreignBackground,
        Answer disability,
        Answer minority,
        Answer homeless,
        boolean rural,
        String coach) {}
