package io.xapp.bridge.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths the tests read: the repository root (for crds/ and testing/) and a per-run state directory. */
public final class RepoPaths {

    private RepoPaths() {
    }

    public static Path root() {
        String root = System.getProperty("xapp.repo.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("crds")) && Files.isDirectory(d.resolve("testing"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find the repository root; set -Dxapp.repo.root");
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
