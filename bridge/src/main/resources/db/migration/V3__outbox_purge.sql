-- Leads and bookings of a customer whose cancellation completed: delivered and failed ones are deleted at once;
-- pending ones carry this flag, are still delivered within their retry budget, and are deleted when done.
ALTER TABLE relay_outbox ADD COLUMN purge_when_done BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX relay_outbox_assistant ON relay_outbox (namespace, name);
