-- One durable outbox for every kind of delivery: ReadyForInstallation (kind READY_FOR_INSTALLATION) and its record
-- in the Assistant's status (READY_STATUS), leads (LEAD) and booking requests (BOOKING). The rows of
-- ready_notification and relay_outbox move here; a new kind of delivery needs no table of its own.
CREATE TABLE outbox (
    kind             VARCHAR(32)    NOT NULL,
    item_id          VARCHAR(100)   NOT NULL,
    namespace        VARCHAR(63)    NOT NULL,
    name             VARCHAR(63)    NOT NULL,
    payload_json     VARCHAR(16000) NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  BIGINT         NOT NULL,
    last_error       VARCHAR(2000),
    receipt          VARCHAR(2000),
    created_at       BIGINT         NOT NULL,
    done_at          BIGINT,
    purge_when_done  BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (kind, item_id)
);
CREATE INDEX outbox_due ON outbox (kind, state, next_attempt_at);
CREATE INDEX outbox_assistant ON outbox (namespace, name);

-- Leads and bookings keep their kind, id, state and retry budget; the partner's last HTTP status becomes the
-- receipt of delivered ones (a refusal's status is in its last_error). The customer id is in the payload.
INSERT INTO outbox (kind, item_id, namespace, name, payload_json, state, attempts, next_attempt_at, last_error,
                    receipt, created_at, done_at, purge_when_done)
SELECT kind, item_id, namespace, name, payload_json, state, attempts, next_attempt_at, last_error,
       CASE WHEN state = 'DELIVERED' AND partner_status IS NOT NULL
            THEN 'HTTP ' || CAST(partner_status AS VARCHAR(11)) END,
       created_at, delivered_at, purge_when_done
FROM relay_outbox;

-- ReadyForInstallation: PENDING stays PENDING; SENT and RECORDED were delivered (PutEvents took it), their event id
-- the receipt.
INSERT INTO outbox (kind, item_id, namespace, name, payload_json, state, attempts, next_attempt_at, last_error,
                    receipt, created_at, done_at)
SELECT 'READY_FOR_INSTALLATION', idempotency_key, namespace, name, detail_json,
       CASE WHEN state = 'PENDING' THEN 'PENDING' ELSE 'DELIVERED' END, attempts, next_attempt_at,
       CASE WHEN state = 'PENDING' THEN last_error END, event_id, created_at, sent_at
FROM ready_notification;

-- Their record in the status: still to do for SENT (with its retry state), done for RECORDED. The payload is what
-- the status write needs (ReadyNotifier.StatusSender); the revision is escaped for JSON.
INSERT INTO outbox (kind, item_id, namespace, name, payload_json, state, attempts, next_attempt_at, last_error,
                    created_at, done_at)
SELECT 'READY_STATUS', idempotency_key, namespace, name,
       '{"revision":"' || REPLACE(REPLACE(revision, '\', '\\'), '"', '\"') || '","eventId":"' || event_id
           || '","sentAt":' || CAST(sent_at AS VARCHAR(20)) || '}',
       CASE WHEN state = 'SENT' THEN 'PENDING' ELSE 'DELIVERED' END, 0, next_attempt_at,
       CASE WHEN state = 'SENT' THEN last_error END, sent_at,
       CASE WHEN state = 'RECORDED' THEN sent_at END
FROM ready_notification
WHERE state <> 'PENDING';

DROP TABLE ready_notification;
DROP TABLE relay_outbox;
