-- Axon's JDBC dead-letter queue, one table for the parked events of every read model, as Axon's
-- GenericDeadLetterTableFactory creates it with PostgreSQL's binary type. The names stay unquoted,
-- so PostgreSQL folds them to lower case, as Axon's unquoted statements expect.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup VARCHAR(255) NOT NULL,
    sequenceIdentifier VARCHAR(255) NOT NULL,
    sequenceIndex BIGINT NOT NULL,
    messageType VARCHAR(255) NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL,
    timestamp VARCHAR(255) NOT NULL,
    payloadType VARCHAR(255) NOT NULL,
    payloadRevision VARCHAR(255),
    payload BYTEA NOT NULL,
    metaData BYTEA,
    type VARCHAR(255),
    aggregateIdentifier VARCHAR(255),
    sequenceNumber BIGINT,
    tokenType VARCHAR(255),
    token BYTEA,
    enqueuedAt VARCHAR(255) NOT NULL,
    lastTouched VARCHAR(255),
    processingStarted VARCHAR(255),
    causeType VARCHAR(255),
    causeMessage VARCHAR(1023),
    diagnostics BYTEA,
    PRIMARY KEY (deadLetterIdentifier),
    UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);

CREATE INDEX deadletterentry_processinggroup ON DeadLetterEntry (processingGroup);
CREATE INDEX deadletterentry_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);
