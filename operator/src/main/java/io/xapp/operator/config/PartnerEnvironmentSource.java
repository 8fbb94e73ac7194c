package io.xapp.operator.config;

import io.xapp.api.partner.InvalidPartnerEnvironmentException;
import io.xapp.api.partner.PartnerEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The partner environment file, reread at most every {@code recheckInterval} so that a change to the mounted
 * ConfigMap (a new tier, a new public URL) takes effect without restarting the operator. The first load must
 * succeed; a later file that does not parse is reported and the last good configuration stays in force.
 */
public class PartnerEnvironmentSource {

    private static final Logger LOG = Logger.getLogger(PartnerEnvironmentSource.class);

    private final Path file;
    private final Duration recheckInterval;
    private final Clock clock;
    private volatile PartnerEnvironment current;
    private volatile Instant checkedAt;

    public PartnerEnvironmentSource(Path file, Duration recheckInterval, Clock clock) {
        this.file = file;
        this.recheckInterval = recheckInterval;
        this.clock = clock;
        this.current = PartnerEnvironment.load(file);
        this.checkedAt = clock.instant();
    }

    public Path file() {
        return file;
    }

    /** The configuration in force, reread from the file when the recheck interval has passed. */
    public PartnerEnvironment current() {
        Instant now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(recheckInterval) >= 0) {
            reload(now);
        }
        return current;
    }

    private synchronized void reload(Instant now) {
        if (Duration.between(checkedAt, now).compareTo(recheckInterval) < 0) {
            return; // another thread just did
        }
        checkedAt = now;
        try {
            PartnerEnvironment fresh = PartnerEnvironment.load(file);
            if (!fresh.equals(current)) {
                LOG.infof("partner environment %s changed; the new configuration applies from the next reconcile",
                        file);
                current = fresh;
            }
        } catch (InvalidPartnerEnvironmentException e) {
            LOG.errorf("%s; keeping the configuration loaded before", e.getMessage());
        }
    }
}
