package io.xapp.testing.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository and the fixtures are, for tests of any module.
 *
 * <ul>
 * <li>the repository root: system property {@code xapp.repo.root}, else the first directory above the working
 * directory holding {@code testing/cluster} and {@code crds/};</li>
 * <li>the fixtures: environment variable {@code XAPP_FIXTURES_DIR}, else system property
 * {@code xapp.fixtures.dir} (each module's surefire configuration sets it to
 * {@code testing/fixtures} of the repository, set once in the root pom).</li>
 * </ul>
 */
public final class Repo {

    public static final String ROOT_PROPERTY = "xapp.repo.root";
    public static final String FIXTURES_PROPERTY = "xapp.fixtures.dir";
    public static final String FIXTURES_ENV = "XAPP_FIXTURES_DIR";

    private Repo() {
    }

    public static Path root() {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root != null && !root.isBlank()) {
            Path dir = Path.of(root).toAbsolutePath().normalize();
            if (!isRoot(dir)) {
                throw new IllegalStateException("-D" + ROOT_PROPERTY + "=" + root
                        + " is not the repository root (no testing/cluster or crds/ there)");
            }
            return dir;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath()
                + "; run inside the repository or set -D" + ROOT_PROPERTY + "=<repo root>");
    }

    /** A path inside the repository, e.g. {@code resolve("helm/xapp")}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** The fixtures folder ({@code testing/fixtures}). */
    public static Path fixtures() {
        String dir = System.getenv(FIXTURES_ENV);
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty(FIXTURES_PROPERTY);
        }
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("set -D" + FIXTURES_PROPERTY + " (the module's surefire configuration) or "
                    + FIXTURES_ENV + " to the fixtures folder (testing/fixtures)");
        }
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("the fixtures folder " + path + " does not exist; set " + FIXTURES_ENV
                    + " to where the fixtures are (testing/fixtures of the repository)");
        }
        return path;
    }

    /** The document root of a fixture site, e.g. {@code fixtureSite("brightside-dental")} = its {@code www}. */
    public static Path fixtureSite(String name) {
        Path www = fixtures().resolve("sites").resolve(name).resolve("www");
        if (!Files.isDirectory(www)) {
            throw new IllegalStateException("fixture site " + www + " does not exist");
        }
        return www;
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("testing/cluster")) && Files.isDirectory(dir.resolve("crds"));
    }
}
