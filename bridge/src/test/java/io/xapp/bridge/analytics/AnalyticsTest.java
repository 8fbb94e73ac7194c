package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.TestDatabase;

/** The analytics checks on the default store, an H2 file. */
class AnalyticsTest extends AnalyticsChecks {

    @Override
    Database openDatabase() {
        return TestDatabase.open("analytics");
    }
}
