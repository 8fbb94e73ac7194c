package io.xapp.bridge.analytics;

import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.testing.TestDatabase;

/** The analytics checks on the default store, an H2 file. */
class AnalyticsTest extends AnalyticsChecks {

    @Override
    StoreSettings freshStore() {
        return TestDatabase.settings("analytics");
    }
}
