package io.xapp.wordpress;

import static org.awaitility.Awaitility.await;

import io.xapp.testing.support.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The customer's website with WordPress in it, on 127.0.0.1: the fixture site's pages at the root (what the
 * assistant crawls and answers from) and Debian's WordPress under {@code /wp/}, both served by PHP's built-in
 * server on one origin, the origin the Assistant is made for. WordPress keeps its data in a throw-away MariaDB and
 * logs every PHP notice and warning ({@code WP_DEBUG}) to {@link #debugLog()}. Not installed yet: the browser does
 * that through WordPress's install page.
 *
 * <p>WordPress is copied, not linked, from {@code /usr/share/wordpress}: it finds its configuration next to its
 * real path, and Debian's own wp-config.php reads {@code /etc/wordpress}, which the test must not touch.
 */
final class WordPressSite implements AutoCloseable {

    static final Path DEBIAN_WORDPRESS = Path.of("/usr/share/wordpress");
    private static final String DB_PASSWORD = randomHex(12);

    private final Path dir;
    private final Path tools;
    private final Path logs;
    private final int port = LoopbackPorts.free();
    private MariaDb db;
    private Process php;

    private WordPressSite(Path dir, Path tools, Path logs) {
        this.dir = dir;
        this.tools = tools;
        this.logs = logs;
    }

    /**
     * Lays out the site in a new directory under {@code parent} (a short path: it holds MariaDB's socket) with the
     * pages of {@code fixtureSite}, and starts MariaDB and PHP. {@code tools} holds the test's PHP scripts
     * (src/test/php: the server's router, the set-up tasks). Closing it stops them, keeps their logs in {@code logs}
     * and deletes the rest.
     */
    static WordPressSite start(Path fixtureSite, Path tools, Path parent, Path logs) {
        if (!Files.isRegularFile(DEBIAN_WORDPRESS.resolve("wp-settings.php"))) {
            throw new AssertionError(DEBIAN_WORDPRESS + " is missing: scripts/setup.sh installs Debian's wordpress");
        }
        WordPressSite site;
        try {
            Files.createDirectories(parent);
            site = new WordPressSite(Files.createTempDirectory(parent, "wp-"), tools, logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory in " + parent, e);
        }
        try {
            site.startAll(fixtureSite);
            return site;
        } catch (RuntimeException | AssertionError e) {
            site.close();
            throw e;
        }
    }

    private void startAll(Path fixtureSite) {
        db = MariaDb.start(dir.resolve("db"));
        db.sql("CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '" + DB_PASSWORD
                + "'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';");
        Path docroot = dir.resolve("site");
        Commands.run(List.of("cp", "-a", fixtureSite.toString(), docroot.toString()));
        // -L: Debian links some of WordPress's files to shared copies (underscore.js, getID3) by relative paths.
        Commands.run(List.of("cp", "-RL", DEBIAN_WORDPRESS.toString(), wordpress().toString()));
        write(wordpress().resolve("wp-config.php"), wpConfig());
        // A few workers: the browser loads WordPress's assets while the assistant's crawler reads the site.
        php = Commands.start(List.of("env", "PHP_CLI_SERVER_WORKERS=4", "php", "-d", "upload_max_filesize=8M",
                "-d", "post_max_size=8M", "-d", "memory_limit=256M", "-d", "display_errors=0",
                "-S", "127.0.0.1:" + port, "-t", docroot.toString(), tools.resolve("router.php").toString()),
                dir.resolve("php-server.log"));
        HttpClient http = HttpClient.newHttpClient();
        await("PHP's server answers on " + url() + " (log: " + dir.resolve("php-server.log") + ")")
                .atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(url()).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200);
    }

    /** The site's root: the customer's website, the address the Assistant is made for. */
    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** WordPress's address (home and site URL). */
    URI wordpressUrl() {
        return url().resolve("/wp/");
    }

    /** WordPress's files. */
    Path wordpress() {
        return dir.resolve("site/wp");
    }

    /** The PHP notices, warnings and errors WordPress logged ({@code WP_DEBUG_LOG}). */
    Path debugLog() {
        return dir.resolve("wp-debug.log");
    }

    /** The log lines that name a file under {@code pathPart}. */
    List<String> debugLogLines(String pathPart) {
        if (!Files.exists(debugLog())) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(debugLog())) {
            return lines.filter(l -> l.contains(pathPart)).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + debugLog(), e);
        }
    }

    /** Runs SQL on WordPress's database; returns the rows, tab-separated. */
    String sql(String statements) {
        return db.sql("USE wordpress; " + statements);
    }

    /** Runs a task of src/test/php/wp-task.php against this WordPress; returns what it printed. */
    String task(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("php", "-d", "display_errors=stderr",
                tools.resolve("wp-task.php").toString(), wordpress().toString(), wordpressUrl().toString()));
        command.addAll(List.of(arguments));
        return Commands.run(command);
    }

    @Override
    public void close() {
        Commands.stop(php);
        if (db != null) {
            db.close();
        }
        try {
            Files.createDirectories(logs);
            for (String log : List.of("php-server.log", "wp-debug.log", "db/mariadb.log")) {
                Path file = dir.resolve(log);
                if (Files.exists(file)) {
                    Files.copy(file, logs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Commands.run(List.of("rm", "-rf", "--one-file-system", dir.toString()));
        } catch (IOException | RuntimeException | AssertionError e) {
            System.err.println("[wordpress] could not keep the logs in " + logs + " or delete " + dir + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "WordPress at " + wordpressUrl() + " in " + dir;
    }

    private String wpConfig() {
        StringBuilder salts = new StringBuilder();
        for (String name : List.of("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
                "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")) {
            salts.append("define( '").append(name).append("', '").append(randomHex(32)).append("' );\n");
        }
        return """
                <?php
                // The test's WordPress (WordPressSite): a throw-away database, every notice logged, no request
                // leaves this machine (update checks, news) and nothing runs behind the test's back (cron).
                define( 'DB_NAME', 'wordpress' );
                define( 'DB_USER', 'wordpress' );
                define( 'DB_PASSWORD', '%s' );
                define( 'DB_HOST', 'localhost:%s' );
                define( 'DB_CHARSET', 'utf8mb4' );
                define( 'DB_COLLATE', '' );
                %s$table_prefix = 'wp_';
                define( 'WP_DEBUG', true );
                define( 'WP_DEBUG_LOG', '%s' );
                define( 'WP_DEBUG_DISPLAY', false );
                define( 'SCRIPT_DEBUG', false );
                define( 'WP_HTTP_BLOCK_EXTERNAL', true );
                define( 'AUTOMATIC_UPDATER_DISABLED', true );
                define( 'WP_AUTO_UPDATE_CORE', false );
                define( 'DISABLE_WP_CRON', true );
                define( 'FS_METHOD', 'direct' );
                if ( ! defined( 'ABSPATH' ) ) {
                	define( 'ABSPATH', __DIR__ . '/' );
                }
                require_once ABSPATH . 'wp-settings.php';
                """.formatted(DB_PASSWORD, db.socket(), salts, debugLog());
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
