package io.xapp.bridge.testing;

import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.store.Database;

/** A migrated H2 file database in a fresh directory under target/. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Database open(String name) {
        String url = "jdbc:h2:file:" + RepoPaths.stateDir(name).resolve("bridge");
        return Database.open(new StoreSettings(url, null, null, null), null);
    }
}
