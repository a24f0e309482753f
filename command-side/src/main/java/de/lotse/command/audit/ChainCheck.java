package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;

/**
 * The check of every participant's hash chain against the stored events. On PostgreSQL it reads
 * the event table itself ({@link ChainVerifier}); with Axon Server it reads the event stream up to
 * where the {@link ChainKeeper} has linked it ({@link KeptChainVerifier}).
 */
interface ChainCheck {

    ChainVerdict verify();
}
