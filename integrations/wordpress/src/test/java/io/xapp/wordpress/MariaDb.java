package io.xapp.wordpress;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A throw-away MariaDB server (Debian's mariadb-server): its own data directory, reached through a Unix socket
 * only (no TCP port), stopped and gone when closed.
 */
final class MariaDb implements AutoCloseable {

    /** The OS user runs the server and is its administrator, authenticated by the socket (unix_socket). */
    private static final String USER = System.getProperty("user.name");

    private final Path dir;
    private final Path socket;
    private final Process server;

    private MariaDb(Path dir, Process server) {
        this.dir = dir;
        this.socket = dir.resolve("mysqld.sock");
        this.server = server;
    }

    /** Initialises a data directory in {@code dir} and starts the server on it. */
    static MariaDb start(Path dir) {
        Path data = dir.resolve("data");
        Commands.run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data, "--user=" + USER,
                "--auth-root-authentication-method=socket", "--auth-root-socket-user=" + USER, "--skip-test-db"));
        Process server = Commands.start(List.of("mariadbd", "--no-defaults", "--datadir=" + data,
                "--socket=" + dir.resolve("mysqld.sock"), "--skip-networking", "--user=" + USER,
                "--pid-file=" + dir.resolve("mysqld.pid"), "--innodb-buffer-pool-size=32M",
                "--performance-schema=OFF", "--skip-log-bin"), dir.resolve("mariadb.log"));
        MariaDb db = new MariaDb(dir, server);
        try {
            await("MariaDB answers on " + db.socket + " (log: " + dir.resolve("mariadb.log") + ")")
                    .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        if (!server.isAlive()) {
                            throw new AssertionError("mariadbd exited: " + Files.readString(dir.resolve(
                                    "mariadb.log")));
                        }
                        return db.sql("SELECT 1").strip().equals("1");
                    });
        } catch (RuntimeException | AssertionError e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The server's socket, for clients on this machine. */
    Path socket() {
        return socket;
    }

    /** Runs SQL as the administrator and returns the rows, tab-separated, without a header. */
    String sql(String statements) {
        return Commands.run(List.of("mariadb", "--no-defaults", "--socket=" + socket, "-u", USER, "--batch",
                "--skip-column-names", "-e", statements));
    }

    @Override
    public void close() {
        Commands.stop(server);
    }

    @Override
    public String toString() {
        return "MariaDB in " + dir;
    }
}
