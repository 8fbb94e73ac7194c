package io.xapp.operator.testing;

import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.nio.file.Path;

/**
 * What most cluster tests start with: the fixture site on loopback, an operator watching the test class's
 * namespace with the given partner configuration, and the template the test Assistants name.
 */
public final class OperatorHarness implements AutoCloseable {

    private final StaticSite site;
    private final LocalOperator operator;
    private final Path partnerFile;

    private OperatorHarness(StaticSite site, LocalOperator operator, Path partnerFile) {
        this.site = site;
        this.operator = operator;
        this.partnerFile = partnerFile;
    }

    public static OperatorHarness start(TestNamespace namespace, Path dir, PartnerConfig partner) {
        StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        Path partnerFile = partner.write(dir.resolve("partner.yaml"));
        LocalOperator operator = LocalOperator.start(namespace.cluster(), namespace.name(), partnerFile);
        namespace.client().resource(Assistants.template(Assistants.TEMPLATE)).create();
        return new OperatorHarness(site, operator, partnerFile);
    }

    /** The fixture site's home page URL. */
    public String siteUrl() {
        return site.baseUri().toString();
    }

    public Path partnerFile() {
        return partnerFile;
    }

    @Override
    public void close() {
        operator.close();
        site.close();
    }
}
