package io.xapp.runtime.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test fixtures are (testing/fixtures): system property xapp.fixtures.dir (set by the build) or XAPP_FIXTURES_DIR. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path dir() {
        String env = System.getenv("XAPP_FIXTURES_DIR");
        String dir = env != null && !env.isBlank() ? env : System.getProperty("xapp.fixtures.dir");
        if (dir == null) {
            throw new IllegalStateException("set -Dxapp.fixtures.dir or XAPP_FIXTURES_DIR to the fixtures folder (testing/fixtures)");
        }
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("fixtures directory " + path + " does not exist");
        }
        return path;
    }

    public static Path site(String name) {
        return dir().resolve("sites").resolve(name);
    }

    public static Path dental() {
        return site("brightside-dental");
    }
}
