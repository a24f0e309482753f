package de.lotse.api.housing;

/** A command on one running renovation, addressed by its id; an unknown renovation answers {@code 404}. */
public interface RenovationCommand {

    RenovationId renovationId();
}
