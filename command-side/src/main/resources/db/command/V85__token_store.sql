-- Axon's JDBC token table, for the command side's own event processor (the chain keeper, when the
-- events live in Axon Server), exactly as the query side creates it. IF NOT EXISTS, because in a
-- shared database the query side may own the same table.
CREATE TABLE IF NOT EXISTS TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment INTEGER NOT NULL,
    token bytea NULL,
    tokenType VARCHAR(255) NULL,
    timestamp VARCHAR(255) NULL,
    owner VARCHAR(255) NULL,
    PRIMARY KEY (processorName, segment)
);
