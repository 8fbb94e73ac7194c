package io.xapp.testing.platform.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Values files for helm, written from maps. */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private YamlFiles() {
    }

    public static Path write(Path file, Map<String, ?> content) {
        try {
            Files.createDirectories(file.getParent());
            YAML.writeValue(file.toFile(), content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A per-test directory under target/e2e ({@code -Dxapp.e2e.work.dir}). */
    public static Path workDir(String name) {
        Path dir = Path.of(System.getProperty("xapp.e2e.work.dir", "target/e2e")).toAbsolutePath().resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir;
    }
}
