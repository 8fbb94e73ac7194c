package io.xapp.runtime.content;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlResults;
import io.xapp.runtime.index.RepeatedPassages;
import io.xapp.runtime.semantic.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The index generations on disk. Each build goes into a fresh directory {@code gen-<millis>} holding the passage
 * index, the suggestions and the crawl it was made from; the file {@code CURRENT} names the live one and is
 * replaced by an atomic rename, so after a crash the data directory holds either the old or the new index, whole.
 * Public so a tool (the benchmark) can seed a data directory the runtime then serves from at start.
 */
public final class IndexStore {

    static final String CRAWL_FILE = "crawl.json";
    private static final String POINTER = "CURRENT";
    private static final String PREFIX = "gen-";
    private static final Logger LOG = Logger.getLogger(IndexStore.class);

    private final Path root;

    /** Where the runtime keeps its generations inside its data directory. */
    public static IndexStore in(Path dataDir) {
        return new IndexStore(dataDir.resolve("index"));
    }

    public IndexStore(Path root) {
        this.root = root;
    }

    /** A stored generation: its directory and the crawl it was built from. */
    public record Stored(Path dir, CrawlResult crawl) {
    }

    /** The generation CURRENT names, if one is there and readable. */
    Optional<Stored> current() {
        try {
            Optional<Path> dir = currentDir();
            if (dir.isEmpty()) {
                return Optional.empty();
            }
            String format = IndexBuilder.format(dir.get());
            if (!format.equals(IndexBuilder.FORMAT)) {
                LOG.infof("the stored index in %s has format %s, this runtime reads format %s; it crawls anew", root,
                        format, IndexBuilder.FORMAT);
                return Optional.empty();
            }
            return Optional.of(new Stored(dir.get(),
                    CrawlResults.fromJson(Files.readString(dir.get().resolve(CRAWL_FILE)))));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the stored index in %s cannot be read (%s); the runtime crawls anew", root, e.getMessage());
            return Optional.empty();
        }
    }

    /** Builds a new generation from {@code crawl} without vectors and makes it current on disk. */
    public Stored write(CrawlResult crawl) throws IOException {
        return write(crawl, Embedder.NONE);
    }

    /**
     * Builds a new generation from {@code crawl}, its passages embedded by {@code embedder} (reusing the current
     * generation's vectors of unchanged passages), and makes it current on disk.
     */
    public Stored write(CrawlResult crawl, Embedder embedder) throws IOException {
        Files.createDirectories(root);
        Optional<Path> previous = currentDir();
        Path dir = Files.createTempDirectory(root, PREFIX);
        IndexBuilder.Built built = IndexBuilder.build(crawl, dir, embedder, previous);
        if (built.passages() > 0) {
            LOG.infof("indexed %d passages: %d vectors embedded, %d kept from the last index, %d without a vector%s",
                    built.passages(), built.embedded(), built.reused(), built.missingVectors(),
                    built.templatePassages() + built.templateBlocks() == 0 ? "" : "; " + built.templatePassages()
                            + " passages and " + built.templateBlocks() + " blocks the site repeats on "
                            + RepeatedPassages.TEMPLATE_PAGES + " pages or more indexed once each");
        }
        Files.writeString(dir.resolve(CRAWL_FILE), CrawlResults.toJson(crawl), StandardCharsets.UTF_8);
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Stored(dir, crawl);
    }

    /** Removes generation directories other than {@code keep}: leftovers of crashes or failed builds. */
    void removeAllBut(Path keep) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX) && !d.equals(keep))
                    .forEach(IndexStore::delete);
        } catch (IOException e) {
            LOG.warnf("cannot list %s to remove old index generations: %s", root, e.getMessage());
        }
    }

    /**
     * Removes a closed generation's directory unless CURRENT still names it. Shutting down closes the current
     * generation too, and the next start must find it on disk: only generations a newer one replaced are removed.
     */
    void deleteUnlessCurrent(Path dir) {
        try {
            if (currentDir().filter(dir::equals).isPresent()) {
                return;
            }
        } catch (IOException e) {
            LOG.warnf("cannot read %s; keeping index generation %s: %s", root.resolve(POINTER), dir, e.getMessage());
            return;
        }
        delete(dir);
    }

    /** The generation directory CURRENT names, if there is a CURRENT. */
    private Optional<Path> currentDir() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        return Optional.of(root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()));
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("cannot remove old index generation %s: %s", dir, e.getMessage());
        }
    }
}
