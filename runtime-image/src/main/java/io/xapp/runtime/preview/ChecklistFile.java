package io.xapp.runtime.preview;

import io.xapp.api.runtime.QaChecklist;
import io.xapp.runtime.config.XappProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The operator's pre-review checklist for this assistant ({@link QaChecklist}, docs/contracts.md), read from the
 * mounted ConfigMap on every preview request: the kubelet replaces the file in place when the checks finish, and
 * the runtime need not restart for it.
 */
@ApplicationScoped
public class ChecklistFile {

    private static final Logger LOG = Logger.getLogger(ChecklistFile.class);

    private final Path file;

    ChecklistFile(XappProperties props) {
        this.file = props.qaChecksFile().map(Path::of)
                .orElseGet(() -> Path.of(props.configFile()).resolveSibling(QaChecklist.CONFIG_KEY));
    }

    /** What the preview shows: the checklist, or why there is none. */
    record Read(QaChecklist checklist, String problem) {
    }

    Read read() {
        try {
            return new Read(QaChecklist.fromJson(Files.readString(file)), null);
        } catch (NoSuchFileException e) {
            return new Read(null, null);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("cannot read the QA checklist %s: %s", file, e.getMessage());
            return new Read(null, "The checklist in " + file + " cannot be read: " + e.getMessage());
        }
    }
}
