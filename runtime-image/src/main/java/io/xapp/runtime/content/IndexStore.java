package io.xapp.runtime.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlResults;
import io.xapp.runtime.index.RepeatedPassages;
import io.xapp.runtime.semantic.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
    /** The site and the {@link CrawlSummary} of a generation: what a start needs, without reading the crawl. */
    static final String SUMMARY_FILE = "summary.json";
    private static final ObjectMapper JSON = CrawlResults.objectMapper();
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

    /**
     * A stored generation: its directory, the site it is of and what reviewers see of its crawl. The crawl itself,
     * every page's text, is read from disk only when needed ({@link #crawl}): at 5,000 pages it is tens of MB, too
     * much to read at every start or to hold for a generation's life.
     */
    public record Stored(Path dir, URI startUrl, CrawlSummary summary) {

        /**
         * The crawl this generation was built from, read from its directory, without page text: the runtime reads
         * passages only, and a crawl stored by a runtime before 2026-12-05 still holds each page's text.
         */
        public CrawlResult crawl() throws IOException {
            return CrawlResults.read(dir.resolve(CRAWL_FILE)).withoutPageText();
        }
    }

    /** What a generation's {@code summary.json} holds. */
    private record StoredSummary(URI startUrl, CrawlSummary summary) {
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
            Path summaryFile = dir.get().resolve(SUMMARY_FILE);
            if (!Files.exists(summaryFile)) {
                // Written before summaries were: the summary comes from the crawl, once.
                return Optional.of(writeSummary(dir.get(), CrawlResults.read(dir.get().resolve(CRAWL_FILE))));
            }
            StoredSummary stored = JSON.readValue(summaryFile.toFile(), StoredSummary.class);
            return Optional.of(new Stored(dir.get(), stored.startUrl(), stored.summary()));
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
        return write(crawl, embedder, IndexBuilder.Progress.NONE);
    }

    /** As {@link #write(CrawlResult, Embedder)}, telling {@code progress} how far the build has come. */
    Stored write(CrawlResult crawl, Embedder embedder, IndexBuilder.Progress progress) throws IOException {
        Files.createDirectories(root);
        Optional<Path> previous = currentDir();
        Path dir = Files.createTempDirectory(root, PREFIX);
        IndexBuilder.Built built = IndexBuilder.build(crawl, dir, embedder, previous, progress);
        if (built.passages() > 0) {
            LOG.infof("indexed %d passages: %d vectors embedded, %d kept from the last index, %d without a vector, "
                            + "%d site words with a vector%s",
                    built.passages(), built.embedded(), built.reused(), built.missingVectors(), built.siteWords(),
                    built.templatePassages() + built.templateBlocks() == 0 ? "" : "; " + built.templatePassages()
                            + " passages and " + built.templateBlocks() + " blocks of the site's header and footer"
                            + " or repeated on " + RepeatedPassages.TEMPLATE_PAGES
                            + " pages or more indexed once each");
        }
        CrawlResults.write(crawl, dir.resolve(CRAWL_FILE));
        Stored stored = writeSummary(dir, crawl);
        replace(root.resolve(POINTER), tmp -> Files.writeString(tmp, dir.getFileName().toString(),
                StandardCharsets.UTF_8));
        return stored;
    }

    private static Stored writeSummary(Path dir, CrawlResult crawl) throws IOException {
        Stored stored = new Stored(dir, crawl.startUrl(), CrawlSummary.of(crawl));
        replace(dir.resolve(SUMMARY_FILE),
                tmp -> JSON.writeValue(tmp.toFile(), new StoredSummary(stored.startUrl(), stored.summary())));
        return stored;
    }

    /** Writes {@code file} whole or not at all: into a temporary file beside it, then renamed over it. */
    private static void replace(Path file, FileWriter write) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        write.to(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @FunctionalInterface
    private interface FileWriter {
        void to(Path file) throws IOException;
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
