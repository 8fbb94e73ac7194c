package io.xapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * crds/ is generated from the Java types and committed, so reviewers see schema changes in diffs and the chart
 * ships exactly what the code expects. This fails the build when the two drift.
 */
class CrdDriftTest {

    private final Path committed = Path.of(System.getProperty("crds.committed", "../crds"));
    private final Path generated = Path.of(System.getProperty("crds.generated", "target/crds"));

    @Test
    void committedCrdsMatchTheJavaTypes() throws IOException {
        List<Path> generatedFiles = crdFiles(generated);
        assertThat(generatedFiles).as("CRDs generated into %s", generated).isNotEmpty();
        for (Path file : generatedFiles) {
            Path twin = committed.resolve(file.getFileName().toString());
            assertThat(twin).as("%s is not committed; run `make crds` and commit crds/", twin).exists();
            assertThat(Files.readString(twin))
                    .as("%s drifted from the Java types in api/; run `make crds` and commit crds/", twin)
                    .isEqualTo(Files.readString(file));
        }
        assertThat(crdFiles(committed).stream().map(p -> p.getFileName().toString()))
                .as("crds/ holds files no Java type generates; delete them or run `make crds`")
                .containsExactlyInAnyOrderElementsOf(
                        generatedFiles.stream().map(p -> p.getFileName().toString()).toList());
    }

    private static List<Path> crdFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()
                    .toList();
        }
    }
}
