package io.xapp.runtime.preview;

import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandField;
import io.xapp.runtime.chat.ChatReply;
import io.xapp.runtime.chat.ContentAnswer;
import io.xapp.runtime.config.RuntimeSettings;
import io.xapp.runtime.content.CrawlSummary;
import java.util.List;

/**
 * The QA preview: the operator's pre-review checklist on top; under it the customer's home page in a frame with the
 * real widget over it, as visitors will see it, and beside it what a reviewer checks: the brand in effect and the
 * one detected, the crawl (pages indexed, exclusions with reasons) and the answers to the template's suggested
 * questions.
 */
final class PreviewPage {

    private PreviewPage() {
    }

    record Answered(String question, ChatReply reply) {
    }

    static String render(RuntimeSettings settings, ChecklistFile.Read checklist, CrawlSummary crawl,
                         List<Answered> answers, String widgetSrc, String searchSrc) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>QA preview: ").append(Html.text(settings.companyName())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"preview.css\"></head><body>")
                .append("<header class=\"bar\"><h1>QA preview: ").append(Html.text(settings.companyName()))
                .append("</h1><p>Revision ").append(Html.text(revision(settings))).append(" · ")
                .append("<a href=\"").append(Html.url(settings.website().toString())).append("\">")
                .append(Html.text(settings.website().toString())).append("</a></p></header>");
        ChecklistSection.render(html, checklist, revision(settings).equals("(none)") ? null : revision(settings));
        html.append("<main class=\"layout\"><section class=\"site\" aria-label=\"The site with the assistant\">")
                .append("<iframe title=\"").append(Html.text(settings.companyName())).append(" home page\" src=\"")
                .append(Html.url(settings.website().toString())).append("\" sandbox=\"\" loading=\"lazy\"></iframe>")
                .append("</section><section class=\"checks\">");
        brand(html, settings.brand(), crawl.brand());
        search(html, searchSrc, settings);
        answers(html, answers);
        crawl(html, crawl);
        html.append("</section></main>");
        if (widgetSrc != null) {
            html.append("<script async src=\"").append(Html.text(widgetSrc)).append("\" data-xapp-key=\"")
                    .append(Html.text(settings.secrets().widgetKey())).append("\"></script>");
        }
        return html.append("</body></html>").toString();
    }

    private static void brand(StringBuilder html, BrandStatus inEffect, Brand detected) {
        html.append("<h2>Brand</h2><table><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">In effect</th>")
                .append("<th scope=\"col\">Detected (confidence, source)</th></tr></thead><tbody>");
        row(html, "Name", inEffect.getName(), detected.name(), false);
        row(html, "Logo", inEffect.getLogoUrl(), detected.logoUrl(), false);
        row(html, "Primary colour", inEffect.getPrimaryColor(), detected.primaryColor(), true);
        row(html, "Secondary colour", inEffect.getSecondaryColor(), detected.secondaryColor(), true);
        row(html, "Accent colour", inEffect.getAccentColor(), detected.accentColor(), true);
        row(html, "Theme colour", inEffect.getThemeColor(), detected.themeColor(), true);
        row(html, "Font", inEffect.getFontFamily(), detected.fontFamily(), false);
        row(html, "Description", inEffect.getDescription(), detected.description(), false);
        html.append("</tbody></table>");
        if (inEffect.getLogoUrl() != null) {
            html.append("<p class=\"logo\"><img alt=\"Logo in effect\" src=\"").append(Html.url(inEffect.getLogoUrl()))
                    .append("\"></p>");
        }
    }

    private static void row(StringBuilder html, String label, String value, BrandField<String> detected,
                            boolean colour) {
        html.append("<tr><th scope=\"row\">").append(label).append("</th><td>");
        if (colour && value != null) {
            html.append("<span class=\"swatch\" style=\"background:").append(Html.color(value)).append("\"></span>");
        }
        html.append(Html.text(value)).append("</td><td>");
        if (detected != null) {
            html.append(Html.text(detected.value())).append(" <small>(")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", detected.confidence())).append(", ")
                    .append(Html.text(detected.source())).append(")</small>");
        } else {
            html.append("<small>not found</small>");
        }
        html.append("</td></tr>");
    }

    private static void search(StringBuilder html, String searchSrc, RuntimeSettings settings) {
        if (searchSrc == null) {
            return;
        }
        html.append("<h2>Search box</h2><div id=\"search-preview\"></div><script async src=\"")
                .append(Html.text(searchSrc)).append("\" data-xapp-key=\"")
                .append(Html.text(settings.secrets().searchKey()))
                .append("\" data-xapp-target=\"#search-preview\"></script>");
    }

    private static void answers(StringBuilder html, List<Answered> answers) {
        html.append("<h2>Suggested questions</h2>");
        if (answers.isEmpty()) {
            html.append("<p>The template suggests no questions.</p>");
            return;
        }
        html.append("<dl class=\"answers\">");
        for (Answered a : answers) {
            html.append("<dt>").append(Html.text(a.question())).append("</dt><dd");
            html.append(a.reply().noContent() ? " class=\"none\">" : ">");
            html.append("<p>").append(Html.text(a.reply().answer())).append("</p>");
            for (ContentAnswer.Source s : a.reply().sources()) {
                html.append("<p class=\"src\">Source: <a href=\"").append(Html.url(s.url())).append("\">")
                        .append(Html.text(s.title() == null ? s.url() : s.title())).append("</a></p>");
            }
            html.append("</dd>");
        }
        html.append("</dl>");
    }

    private static void crawl(StringBuilder html, CrawlSummary crawl) {
        html.append("<h2>Crawl</h2><p>").append(crawl.pages().size()).append(" pages indexed (")
                .append(crawl.passages()).append(" passages), ").append(crawl.excluded().size())
                .append(" URLs excluded; finished ").append(Html.text(String.valueOf(crawl.finishedAt())))
                .append(", ended: ").append(Html.text(crawl.endReason())).append(".</p>");
        List<CrawlSummary.Page> unread = crawl.mostlyUnread();
        if (!unread.isEmpty()) {
            html.append("<p class=\"warning\">The crawler read at most a third of the content of ")
                    .append(unread.size()).append(unread.size() == 1 ? " page" : " pages").append(": ")
                    .append(Html.text(CrawlSummary.describe(unread, 10))).append(". The assistant cannot answer from "
                    + "what it did not read: ask it here about what these pages say.</p>");
        }
        html.append("<details><summary>Pages indexed</summary><ul>");
        for (CrawlSummary.Page p : crawl.pages()) {
            html.append("<li><a href=\"").append(Html.url(p.url())).append("\">").append(Html.text(p.url()))
                    .append("</a> — ").append(Html.text(p.title())).append("</li>");
        }
        html.append("</ul></details><h3>Excluded</h3><table><thead><tr><th scope=\"col\">URL</th>")
                .append("<th scope=\"col\">Reason</th><th scope=\"col\">Detail</th></tr></thead><tbody>");
        for (CrawlSummary.Excluded e : crawl.excluded()) {
            html.append("<tr><td>").append(Html.text(e.url())).append("</td><td>").append(Html.text(e.reason()))
                    .append("</td><td>").append(Html.text(e.detail())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String revision(RuntimeSettings settings) {
        var a = settings.config().assistant();
        return a == null || a.revision() == null ? "(none)" : a.revision();
    }

}
