package io.xapp.runtime.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A site as a site builder's template would serve it: two blocks that say nothing of the business in particular (a
 * call to action, a testimonial) inside every page's main content, where the crawler cannot tell them from the
 * page's own text. The fixture sites have none; many real ones do. `bench/answers.sh --template-blocks` asks the
 * same questions of the sites served this way.
 */
final class TemplateBlocks {

    static final String SUFFIX = "+blocks";

    private static final String BLOCKS = """
            <section class="cta-band"><h2>Ready when you are</h2><p>Book a visit online or give us a call, and our \
            friendly team will take care of the rest. We look forward to meeting you!</p></section>
            <section class="testimonials"><h2>What our customers say</h2><blockquote><p>"Friendly, professional and \
            always on time. They explained everything and the price was exactly what they quoted. Highly \
            recommend!"</p><p>Sam K.</p></blockquote></section>
            """;

    private TemplateBlocks() {
    }

    /** {@code set} with its site copied under {@code workDir} and the blocks added to every page. */
    static QaSet addedTo(QaSet set, Path workDir) {
        Path www = workDir.resolve(set.site() + SUFFIX).resolve("www");
        try (Stream<Path> files = Files.walk(set.www())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = www.resolve(set.www().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                if (file.getFileName().toString().endsWith(".html")) {
                    Files.writeString(copy, withBlocks(Files.readString(file, StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + set.www() + " with template blocks into " + www, e);
        }
        return new QaSet(set.site() + SUFFIX, www, set.questions());
    }

    static List<QaSet> addedTo(List<QaSet> sets, Path workDir) {
        return sets.stream().map(set -> addedTo(set, workDir)).toList();
    }

    /** The page with the blocks at the end of its main content: its {@code <main>}, else before its footer. */
    static String withBlocks(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        Element main = page.selectFirst("main, [role=main]");
        Element footer = page.selectFirst("body footer, body .footer, body #footer");
        if (main != null) {
            main.append(BLOCKS);
        } else if (footer != null) {
            footer.before(BLOCKS);
        } else {
            page.body().append(BLOCKS);
        }
        return page.outerHtml();
    }
}
