package io.xapp.testing.platform;

import io.xapp.testing.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's images and the local command the pod stand-in runs for each: the module's packaged Quarkus
 * application (mvn install). The JVM options of the chart's Deployments come from the chart (JAVA_TOOL_OPTIONS);
 * runtimes get the image's small heap here, since their Deployments (made by the operator) set none.
 */
public enum Component {
    OPERATOR("xapp/operator", "operator/target/quarkus-app/quarkus-run.jar"),
    BRIDGE("xapp/bridge", "bridge/target/quarkus-app/quarkus-run.jar"),
    RUNTIME("xapp/runtime", "runtime-image/target/quarkus-app/quarkus-run.jar",
            "-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1"),
    INFERENCE("xapp/inference", "inference/target/quarkus-app/quarkus-run.jar");

    private final String imageRepository;
    private final String jar;
    private final List<String> jvmOptions;

    Component(String imageRepository, String jar, String... jvmOptions) {
        this.imageRepository = imageRepository;
        this.jar = jar;
        this.jvmOptions = List.of(jvmOptions);
    }

    public String imageRepository() {
        return imageRepository;
    }

    /** {@code java [options] -jar <repo>/<module>/target/quarkus-app/quarkus-run.jar}; fails if it is not built. */
    public List<String> command() {
        Path path = Repo.resolve(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: build the modules first (mvn -q install "
                    + "-DskipTests at the repository root)");
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", path.toString()));
        return command;
    }
}
