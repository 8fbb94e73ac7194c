package io.xapp.bridge.testing;

import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.store.Database;

/** A migrated H2 file database in a fresh directory under target/. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Database open(String name) {
        return Database.open(settings(name), null);
    }

    /** Settings for an empty H2 file database in a fresh directory (not migrated until opened). */
    public static StoreSettings settings(String name) {
        String url = "jdbc:h2:file:" + RepoPaths.stateDir(name).resolve("bridge");
        return new StoreSettings(url, null, null, null);
    }
}
