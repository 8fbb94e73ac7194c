package io.xapp.runtime.preview;

import io.xapp.api.v1alpha1.Channel;
import io.xapp.runtime.chat.ChatService;
import io.xapp.runtime.config.RuntimeSettings;
import io.xapp.runtime.content.ContentIndex;
import io.xapp.runtime.content.CrawlSummary;
import io.xapp.runtime.semantic.Embedder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /preview?token=: the QA preview, for holders of the preview token only. Its CSP allows our own scripts and
 * the customer's site in the frame, nothing else. GET /preview/crawl?token= gives the crawl summary as JSON, for
 * the operator's coverage check.
 */
@Path("/preview")
public class PreviewResource {

    private final RuntimeSettings settings;
    private final ContentIndex index;
    private final ChatService chat;
    private final ChecklistFile checklist;
    private final Embedder embedder;

    PreviewResource(RuntimeSettings settings, ContentIndex index, ChatService chat, ChecklistFile checklist,
            Embedder embedder) {
        this.settings = settings;
        this.index = index;
        this.chat = chat;
        this.checklist = checklist;
        this.embedder = embedder;
    }

    /**
     * What the crawl indexed and left out, and the page limit it ran with.
     *
     * @param passagesWithoutVector passages of the index the inference service gave no vector (it did not answer
     *                              while the index was built): answered by keywords alone until it is built again;
     *                              0 without an inference service (keyword search by the partner's choice)
     */
    public record CrawlReport(Instant startedAt, Instant finishedAt, String endReason, int maxPages,
                              List<CrawlSummary.Page> pages, List<CrawlSummary.Excluded> excluded,
                              int passagesWithoutVector) {
    }

    @GET
    @Path("/crawl")
    @Produces(MediaType.APPLICATION_JSON)
    public Response crawl(@QueryParam("token") String token) {
        if (!authorized(token)) {
            return invalidLink();
        }
        CrawlReport report;
        try (ContentIndex.Lease lease = index.require()) {
            CrawlSummary crawl = lease.generation().summary();
            report = new CrawlReport(crawl.startedAt(), crawl.finishedAt(), crawl.endReason(),
                    settings.config().crawl() == null ? 0 : settings.config().crawl().maxPages(), crawl.pages(),
                    crawl.excluded(), embedder.configured() ? lease.generation().missingVectors() : 0);
        }
        return Response.ok(report).header("Cache-Control", "no-store").build();
    }

    @GET
    @Produces("text/html; charset=utf-8")
    public Response preview(@QueryParam("token") String token) {
        if (!authorized(token)) {
            return invalidLink();
        }
        CrawlSummary crawl = summary();
        List<PreviewPage.Answered> answers = new ArrayList<>();
        for (String q : settings.template().getSuggestedQuestions()) {
            answers.add(new PreviewPage.Answered(q, chat.answer(q)));
        }
        String html = PreviewPage.render(settings, checklist.read(), crawl, answers,
                settings.has(Channel.WIDGET) ? "widget.js" : null, settings.has(Channel.SEARCH) ? "search.js" : null);
        String site = io.xapp.runtime.config.Origins.of(settings.website().toString()).orElse("'none'");
        return Response.ok(html)
                .header("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' https: data: " + site + "; frame-src "
                        + site + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private boolean authorized(String token) {
        String expected = settings.secrets().previewToken();
        return expected != null && token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Response invalidLink() {
        return Response.status(403).type("text/plain").entity("The preview link is not valid: ask for the link "
                + "in the Assistant's QA status.").build();
    }

    private CrawlSummary summary() {
        try (ContentIndex.Lease lease = index.require()) {
            return lease.generation().summary();
        }
    }
}
