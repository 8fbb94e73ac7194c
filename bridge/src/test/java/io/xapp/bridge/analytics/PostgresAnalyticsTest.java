package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.PostgresServer;

/** The analytics checks on PostgreSQL, the production store option: same migrations, same queries. */
class PostgresAnalyticsTest extends AnalyticsChecks {

    @Override
    Database openDatabase() {
        return PostgresServer.get().openFreshDatabase("analytics");
    }
}
