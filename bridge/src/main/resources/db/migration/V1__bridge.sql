-- The bridge's store. Portable SQL: H2 (embedded default) and PostgreSQL run the same file.
-- Times are epoch milliseconds (BIGINT), days are epoch days in UTC (INTEGER).

-- Partner events already handled, by event id: a second delivery changes nothing.
CREATE TABLE processed_event (
    event_id      VARCHAR(300) NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(256) NOT NULL,
    event_type    VARCHAR(40)  NOT NULL,
    event_time    BIGINT       NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    processed_at  BIGINT       NOT NULL
);

-- Per customer, the newest subscription and the newest cancellation seen, so an older event never overwrites a
-- newer one and a cancellation that arrives before its create is remembered (a tombstone).
CREATE TABLE customer_state (
    customer_id             VARCHAR(256)  NOT NULL PRIMARY KEY,
    subscription_time       BIGINT,
    subscription_event_id   VARCHAR(300),
    subscription_json       VARCHAR(8000),
    cancellation_time       BIGINT,
    cancellation_event_id   VARCHAR(300),
    cancellation_effective  BIGINT,
    updated_at              BIGINT
);

-- ReadyForInstallation per Assistant revision: intent before PutEvents, outcome after, status recorded last.
CREATE TABLE ready_notification (
    idempotency_key  VARCHAR(64)   NOT NULL PRIMARY KEY,
    namespace        VARCHAR(63)   NOT NULL,
    name             VARCHAR(63)   NOT NULL,
    revision         VARCHAR(200)  NOT NULL,
    detail_json      VARCHAR(16000) NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  BIGINT        NOT NULL,
    last_error       VARCHAR(2000),
    event_id         VARCHAR(200),
    sent_at          BIGINT,
    created_at       BIGINT        NOT NULL
);
CREATE INDEX ready_notification_due ON ready_notification (state, next_attempt_at);

-- Leads and booking requests on their way to the partner's API.
CREATE TABLE relay_outbox (
    kind             VARCHAR(16)    NOT NULL,
    item_id          VARCHAR(100)   NOT NULL,
    namespace        VARCHAR(63)    NOT NULL,
    name             VARCHAR(63)    NOT NULL,
    customer_id      VARCHAR(256)   NOT NULL,
    payload_json     VARCHAR(16000) NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  BIGINT         NOT NULL,
    last_error       VARCHAR(2000),
    partner_status   INTEGER,
    created_at       BIGINT         NOT NULL,
    delivered_at     BIGINT,
    PRIMARY KEY (kind, item_id)
);
CREATE INDEX relay_outbox_due ON relay_outbox (state, next_attempt_at);

-- Usage from the runtimes. Raw events answer the partial days at the edges of a range; the per-day tables answer
-- whole days without touching the raw rows. Distinct sessions and users per day stay exact under a UNION.
CREATE TABLE usage_event (
    event_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    assistant   VARCHAR(127) NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    at_ms       BIGINT       NOT NULL,
    day_no      INTEGER      NOT NULL,
    session_id  VARCHAR(200) NOT NULL,
    user_id     VARCHAR(200) NOT NULL,
    query_norm  VARCHAR(500),
    no_content  BOOLEAN      NOT NULL
);
CREATE INDEX usage_event_range ON usage_event (assistant, channel, at_ms);

CREATE TABLE usage_day (
    assistant   VARCHAR(127) NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    day_no      INTEGER      NOT NULL,
    queries     BIGINT       NOT NULL,
    no_content  BIGINT       NOT NULL,
    PRIMARY KEY (assistant, channel, day_no)
);

CREATE TABLE usage_day_query (
    assistant   VARCHAR(127) NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    day_no      INTEGER      NOT NULL,
    no_content  BOOLEAN      NOT NULL,
    query_norm  VARCHAR(500) NOT NULL,
    hits        BIGINT       NOT NULL,
    PRIMARY KEY (assistant, channel, day_no, no_content, query_norm)
);

CREATE TABLE usage_day_session (
    assistant   VARCHAR(127) NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    day_no      INTEGER      NOT NULL,
    session_id  VARCHAR(200) NOT NULL,
    PRIMARY KEY (assistant, channel, day_no, session_id)
);

CREATE TABLE usage_day_user (
    assistant   VARCHAR(127) NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    day_no      INTEGER      NOT NULL,
    user_id     VARCHAR(200) NOT NULL,
    PRIMARY KEY (assistant, channel, day_no, user_id)
);
