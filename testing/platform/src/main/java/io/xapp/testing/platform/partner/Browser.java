package io.xapp.testing.platform.partner;

import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a check of a browser script of the calling module (its {@code -Dxapp.browser.dir}, where {@code npm ci}
 * installed playwright-core; {@code src/test/browser} by default): playwright-core driving Debian's headless chromium,
 * never a downloaded browser. Fails with the script's output when the check fails. Screenshots go to
 * {@code -Dxapp.screenshots.dir} ({@code target/screenshots}). The script gets {@code CHECK}, {@code SCREENSHOTS},
 * {@code CHROMIUM}, {@code CHROMIUM_ARGS} (one flag per line) and the check's variables.
 */
public final class Browser {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final Duration CHECK_TIMEOUT = Duration.ofMinutes(5);

    private final Path driverDir = Path.of(System.getProperty("xapp.browser.dir", "src/test/browser"));
    private final String script;
    private final Path screenshots = Path.of(System.getProperty("xapp.screenshots.dir", "target/screenshots"));
    private final List<String> chromiumArgs;

    /** Runs {@code script} (e2e's {@code partner-flow.mjs}, the plugin's {@code wordpress.mjs}) with these flags. */
    public Browser(String script, List<String> chromiumArgs) {
        this.script = script;
        this.chromiumArgs = List.copyOf(chromiumArgs);
    }

    /** Runs check {@code check} with its variables; returns what the driver printed. */
    public String run(String check, Map<String, String> variables) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new AssertionError("chromium is needed for the browser checks: apt-get install -y chromium "
                    + "(or set CHROMIUM to its path)");
        }
        if (!Files.isDirectory(driverDir.resolve("node_modules/playwright-core"))) {
            throw new AssertionError("playwright-core is not installed in " + driverDir + ": run the module's "
                    + "generate-test-resources (npm ci) without -Dxapp.frontend.skip");
        }
        Files.createDirectories(screenshots);
        Path log = screenshots.resolve(script.replaceFirst("\\.mjs$", "") + "-" + check + ".log");
        ProcessBuilder node = new ProcessBuilder("node", script).directory(driverDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().putAll(variables);
        node.environment().put("CHECK", check);
        node.environment().put("SCREENSHOTS", screenshots.toAbsolutePath().toString());
        node.environment().put("CHROMIUM", CHROMIUM);
        // One per line: a flag's value may hold spaces (host resolver rules).
        node.environment().put("CHROMIUM_ARGS", String.join("\n", chromiumArgs));
        Process process = ChildProcesses.start(node);
        boolean finished = process.waitFor(CHECK_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            ChildProcesses.stop(process, Duration.ofSeconds(5)); // its Chromium too
        }
        String output = Files.readString(log);
        if (!finished || process.exitValue() != 0) {
            throw new AssertionError("browser check '" + check + "' " + (finished ? "failed" : "did not finish within "
                    + CHECK_TIMEOUT.toMinutes() + " min") + " (screenshots in " + screenshots + "):\n" + output);
        }
        return output;
    }
}
