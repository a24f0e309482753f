-- Axon's JDBC token table exactly as PostgresTokenTableFactory creates it (unquoted, so PostgreSQL
-- folds the names to lower case, as Axon's unquoted queries do). IF NOT EXISTS, because in a
-- shared database another side may own the same table.
CREATE TABLE IF NOT EXISTS TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment INTEGER NOT NULL,
    token bytea NULL,
    tokenType VARCHAR(255) NULL,
    timestamp VARCHAR(255) NULL,
    owner VARCHAR(255) NULL,
    PRIMARY KEY (processorName, segment)
);
