package io.xapp.e2e.chart;

import io.xapp.e2e.support.Manifests;
import io.xapp.testing.platform.tools.Command;
import io.xapp.testing.platform.tools.Helm;
import io.xapp.testing.platform.tools.YamlFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** The values files the chart tests use and the chart rendered with them. */
final class ChartFiles {

    static final String RELEASE = "acme";
    static final String NAMESPACE = "xapp-acme";

    private ChartFiles() {
    }

    /** e2e/src/test/resources/values-full.yaml: every option of the chart switched on. */
    static Path fullValues() {
        try {
            return Path.of(ChartFiles.class.getResource("/values-full.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A values file with just {@code values}, under target/e2e/chart. */
    static Path values(String name, Map<String, ?> values) {
        return YamlFiles.write(YamlFiles.workDir("chart").resolve(name + ".yaml"), values);
    }

    /** {@code helm template} as release acme in xapp-acme, failing with helm's output. */
    static Manifests render(Path... valuesFiles) {
        return render(RELEASE, NAMESPACE, valuesFiles);
    }

    static Manifests render(String release, String namespace, Path... valuesFiles) {
        Command.Result r = Helm.offline().template(release, namespace, valuesFiles);
        if (!r.ok()) {
            throw new AssertionError("helm template failed (exit " + r.exitCode() + "):\n" + r.stderr());
        }
        return Manifests.parse(r.stdout());
    }
}
