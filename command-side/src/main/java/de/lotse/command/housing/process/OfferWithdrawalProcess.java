package de.lotse.command.housing.process;

import de.lotse.api.access.Caller;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.WithdrawOffer;
import de.lotse.command.housing.HousingConfiguration;
import de.lotse.command.housing.HousingRegister;
import de.lotse.platform.messaging.CallerMetaData;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A participant who accepted one offer holds no other: their open offers on other vacancies are
 * withdrawn, as Lotse itself, naming the accepted offer. The vacancy's own other offers were
 * withdrawn by the acceptance itself, in the unit. Redelivered, it finds no open offer left in the
 * register, and a withdrawal that meets an offer answered meanwhile leaves it as it is.
 */
@Component
@ProcessingGroup(HousingConfiguration.PROCESSES)
class OfferWithdrawalProcess {

    private final CommandGateway commands;
    private final HousingRegister register;

    OfferWithdrawalProcess(CommandGateway commands, HousingRegister register) {
        this.commands = commands;
        this.register = register;
    }

    @EventHandler
    @DisallowReplay
    void on(OfferAccepted event) {
        for (var open : register.openOffersOf(event.participantId())) {
            var withdrawal = new WithdrawOffer(open.unitId(), open.offerId(), event.date(), event.offerId());
            commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(withdrawal).withMetaData(CallerMetaData.of(Caller.SYSTEM)));
        }
    }
}
