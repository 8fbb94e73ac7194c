package io.xapp.runtime.preview;

import io.xapp.api.v1alpha1.Channel;
import io.xapp.runtime.chat.ChatService;
import io.xapp.runtime.config.RuntimeSettings;
import io.xapp.runtime.content.ContentIndex;
import io.xapp.runtime.content.CrawlSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /preview?token=: the QA preview, for holders of the preview token only. Its CSP allows our own scripts and
 * the customer's site in the frame, nothing else.
 */
@Path("/preview")
public class PreviewResource {

    private final RuntimeSettings settings;
    private final ContentIndex index;
    private final ChatService chat;

    PreviewResource(RuntimeSettings settings, ContentIndex index, ChatService chat) {
        this.settings = settings;
        this.index = index;
        this.chat = chat;
    }

    @GET
    @Produces("text/html; charset=utf-8")
    public Response preview(@QueryParam("token") String token) {
        String expected = settings.secrets().previewToken();
        if (expected == null || token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(403).type("text/plain").entity("The preview link is not valid: ask for the link "
                    + "in the Assistant's QA status.").build();
        }
        CrawlSummary crawl;
        try (ContentIndex.Lease lease = index.require()) {
            crawl = lease.generation().summary();
        }
        List<PreviewPage.Answered> answers = new ArrayList<>();
        for (String q : settings.template().getSuggestedQuestions()) {
            answers.add(new PreviewPage.Answered(q, chat.answer(q)));
        }
        String html = PreviewPage.render(settings, crawl, answers,
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
}
