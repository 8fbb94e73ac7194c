package io.xapp.bridge.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Per-run state directories of the tests (the repository root: {@link io.xapp.testing.support.Repo}). */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** A fresh directory under target/ for one test's database and files. */
    public static Path stateDir(String name) {
        String base = System.getProperty("xapp.bridge.test.dir", "target/test-state");
        Path dir = Path.of(base).toAbsolutePath().resolve(name + "-" + System.nanoTime());
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }
}
