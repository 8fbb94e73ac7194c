package io.xapp.bridge.analytics;

import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.testing.PostgresServer;

/** The analytics checks on PostgreSQL, the production store option: same migrations, same queries. */
class PostgresAnalyticsTest extends AnalyticsChecks {

    @Override
    StoreSettings freshStore() {
        return PostgresServer.get().freshSettings("analytics");
    }
}
