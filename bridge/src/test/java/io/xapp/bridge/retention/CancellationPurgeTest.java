package io.xapp.bridge.retention;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.TestDatabase;

/** The purge on the default store, an H2 file. */
class CancellationPurgeTest extends CancellationPurgeChecks {

    @Override
    Database openDatabase() {
        return TestDatabase.open("purge");
    }
}
