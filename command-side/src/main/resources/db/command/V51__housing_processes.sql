-- The housing processes run as event processors of the command side, so in split mode it needs
-- Axon's token table too: exactly as the query side's V1 creates it (IF NOT EXISTS, since in a
-- shared database the other side may own it).
CREATE TABLE IF NOT EXISTS TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment INTEGER NOT NULL,
    token bytea NULL,
    tokenType VARCHAR(255) NULL,
    timestamp VARCHAR(255) NULL,
    owner VARCHAR(255) NULL,
    PRIMARY KEY (processorName, segment)
);

-- The events a process has acted on, each once: claimed in the transaction that sends the command.
CREATE TABLE housing_process_step (
    event_id   varchar(255) PRIMARY KEY,
    handled_at timestamptz  NOT NULL DEFAULT now()
);
