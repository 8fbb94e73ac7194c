package io.xapp.bridge.testing;

import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.store.Database;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server on loopback for the tests of this JVM, from the Debian package's binaries
 * ({@code apt-get install postgresql}): initdb into a temporary directory, start on a free port, stop at JVM exit.
 * PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user.
 */
public final class PostgresServer {

    private static PostgresServer instance;

    private final int port;

    private PostgresServer(int port) {
        this.port = port;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** A fresh database on this server, migrated by the bridge. */
    public Database openFreshDatabase(String name) {
        return Database.open(freshSettings(name), null);
    }

    /** Settings for a fresh, empty database on this server (not migrated until opened). */
    public StoreSettings freshSettings(String name) {
        String db = name + "_" + Long.toString(System.nanoTime(), 36);
        try (var c = java.sql.DriverManager.getConnection(url("postgres"), "postgres", "");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + db, e);
        }
        return new StoreSettings(url(db), "postgres", null, 4);
    }

    public String url(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    private static PostgresServer start() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("xapp-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()), 30);
            }
            run(as(root, List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                    "-U", "postgres", "--no-sync", "-E", "UTF8")), 120);
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off";
            run(as(root, List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-o",
                    options, "-l", dir.resolve("server.log").toString(), "-w", "start")), 120);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(as(root, List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                            "-m", "immediate", "stop")), 60);
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("[postgres] cleanup failed: " + e.getMessage());
                }
            }, "postgres-stop"));
            return new PostgresServer(port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL", e);
        }
    }

    private static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under " + base));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL server binaries are needed for this test: "
                    + "apt-get install postgresql (looked in " + base + ")", e);
        }
    }

    private static List<String> as(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> c = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(command);
        return c;
    }

    private static void run(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
