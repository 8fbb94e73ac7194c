package io.xapp.operator.testing;

import io.xapp.testing.kube.LocalClusterExtension;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What most cluster tests start with, for the whole test class: the fixture site on loopback, an operator watching
 * the class's namespace with the given partner configuration, and the template the test Assistants name.
 *
 * <pre>{@code
 * @LocalCluster
 * class MyTest {
 *     @RegisterExtension
 *     static final OperatorHarness harness = OperatorHarness.with(new PartnerConfig());
 * }
 * }</pre>
 */
public final class OperatorHarness implements BeforeAllCallback, AfterAllCallback {

    private final Function<TestNamespace, PartnerConfig> partner;
    private Path dir;
    private Path partnerFile;
    private StaticSite site;
    private LocalOperator operator;

    private OperatorHarness(Function<TestNamespace, PartnerConfig> partner) {
        this.partner = partner;
    }

    public static OperatorHarness with(PartnerConfig partner) {
        return new OperatorHarness(namespace -> partner);
    }

    /** For a partner configuration that names something of the namespace, such as a storage class. */
    public static OperatorHarness with(Function<TestNamespace, PartnerConfig> partner) {
        return new OperatorHarness(partner);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        TestNamespace namespace = LocalClusterExtension.namespace(context);
        dir = Files.createTempDirectory("operator-harness");
        partnerFile = dir.resolve("partner.yaml");
        site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        partner.apply(namespace).write(partnerFile);
        operator = LocalOperator.start(namespace.cluster(), namespace.name(), partnerFile);
        namespace.client().resource(Assistants.template(Assistants.TEMPLATE)).create();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (operator != null) {
                operator.close();
            }
        } finally {
            if (site != null) {
                site.close();
            }
            if (dir != null) {
                // Holds the partner file alone: PartnerConfig.write moves its temporary file over it.
                Files.deleteIfExists(partnerFile);
                Files.deleteIfExists(dir);
            }
        }
    }

    /** The fixture site's home page URL. */
    public String siteUrl() {
        return site.baseUri().toString();
    }

    public Path partnerFile() {
        return partnerFile;
    }
}
