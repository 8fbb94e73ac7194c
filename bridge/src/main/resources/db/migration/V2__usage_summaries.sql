-- Analytics that stay fast at millions of events per customer. Sessions, users and query texts get dense numbers
-- per assistant when first seen; every UTC hour and every sealed UTC day keeps a summary whose sessions and users
-- are compressed bitmaps (RoaringBitmap) of those numbers and whose query counts are keyed by number. The exact
-- distinct count of a range is the cardinality of the OR of its buckets' bitmaps plus the numbers of the raw
-- events in the partial hours at its edges. Replaces the V1 per-day member tables (a UNION over hundreds of
-- thousands of ids per query).

-- Per assistant: the lock row its writers take, the next free dictionary numbers, and the last sealed day (every
-- day up to it that has usage has a day summary; later days are read from their hour summaries).
CREATE TABLE usage_assistant (
    assistant       VARCHAR(127) NOT NULL PRIMARY KEY,
    next_session    INTEGER      NOT NULL,
    next_user       INTEGER      NOT NULL,
    next_query      INTEGER      NOT NULL,
    sealed_through  INTEGER
);

-- Session ids (kind S), user ids (U) and normalised query texts (Q) of an assistant, numbered from 0 per kind.
CREATE TABLE usage_dictionary (
    assistant  VARCHAR(127) NOT NULL,
    kind       CHAR(1)      NOT NULL,
    member     VARCHAR(500) NOT NULL,
    member_no  INTEGER      NOT NULL,
    PRIMARY KEY (assistant, kind, member)
);
CREATE UNIQUE INDEX usage_dictionary_no ON usage_dictionary (assistant, kind, member_no);

-- Summaries per assistant, channel and bucket: span H (bucket = epoch hour) or D (bucket = epoch day).
CREATE TABLE usage_bucket (
    assistant        VARCHAR(127) NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    span             CHAR(1)      NOT NULL,
    bucket           INTEGER      NOT NULL,
    queries          BIGINT       NOT NULL,
    no_content       BIGINT       NOT NULL,
    sessions         BYTEA        NOT NULL,
    users            BYTEA        NOT NULL,
    query_hits       BYTEA        NOT NULL,
    no_content_hits  BYTEA        NOT NULL,
    PRIMARY KEY (assistant, channel, span, bucket)
);

-- Raw events carry their numbers, so the partial hours at the edges of a range are read as numbers too.
ALTER TABLE usage_event ADD COLUMN session_no INTEGER;
ALTER TABLE usage_event ADD COLUMN user_no INTEGER;
ALTER TABLE usage_event ADD COLUMN query_no INTEGER;

-- Assistants whose events were recorded before this migration: the bridge numbers them and builds their
-- summaries from the raw events at its next start (UsageBackfill), then removes the row.
CREATE TABLE usage_backfill (
    assistant  VARCHAR(127) NOT NULL PRIMARY KEY
);
INSERT INTO usage_backfill (assistant) SELECT DISTINCT assistant FROM usage_event;

DROP TABLE usage_day;
DROP TABLE usage_day_query;
DROP TABLE usage_day_session;
DROP TABLE usage_day_user;
