package io.xapp.operator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A partner environment file for tests: tiers {@code basic} (widget) and {@code growth} (widget and search),
 * loopback crawling allowed, short retention of cancelled Assistants. {@link #write} replaces the file the way a
 * ConfigMap update does (atomically), so an operator rereading it never sees half a file.
 */
public final class PartnerConfig {

    private String publicBaseUrl = "https://assist.test.example";
    private String extraTiers = "";
    private String retainFor = "1s";
    private String persistence = "";
    private String ingress = "";

    public PartnerConfig publicBaseUrl(String url) {
        this.publicBaseUrl = url;
        return this;
    }

    /** More tiers, as YAML lines under {@code tiers:}, e.g. {@code "  gold: {channels: [widget, search]}"}. */
    public PartnerConfig extraTiers(String yaml) {
        this.extraTiers = yaml;
        return this;
    }

    public PartnerConfig retainFor(String duration) {
        this.retainFor = duration;
        return this;
    }

    /** Gives each runtime a PersistentVolumeClaim of this storage class. */
    public PartnerConfig persistence(String storageClassName) {
        this.persistence = "  persistence: {enabled: true, size: 1Gi, storageClassName: " + storageClassName + "}\n";
        return this;
    }

    public PartnerConfig ingress(String host) {
        this.ingress = "ingress: {enabled: true, className: nginx, host: " + host + ", tlsSecretName: assist-tls}\n";
        return this;
    }

    public String yaml() {
        return "partnerId: test-partner\n"
                + "publicBaseUrl: " + publicBaseUrl + "\n"
                + "runtime:\n"
                + "  image: xapp/runtime:test\n"
                + "  bridgeUrl: http://xapp-bridge:8080\n"
                + persistence
                + "tiers:\n"
                + "  basic: {channels: [widget], maxPages: 50}\n"
                + "  growth: {channels: [widget, search], replicas: 1}\n"
                + extraTiers + (extraTiers.isEmpty() || extraTiers.endsWith("\n") ? "" : "\n")
                + "crawl: {allowLoopback: true}\n"
                + "cancellation: {retainFor: " + retainFor + "}\n"
                + ingress;
    }

    /** Writes (or replaces) the file and returns its path. */
    public Path write(Path file) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), "partner", ".tmp");
            Files.writeString(tmp, yaml());
            return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
