package io.xapp.bridge.retention;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.PostgresServer;

/** The purge on PostgreSQL, the production store option. */
class PostgresCancellationPurgeTest extends CancellationPurgeChecks {

    @Override
    Database openDatabase() {
        return PostgresServer.get().openFreshDatabase("purge");
    }
}
