package io.xapp.runtime.preview;

import io.xapp.api.runtime.QaChecklist;
import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckRun;
import java.util.Locale;

/**
 * The pre-review checklist at the top of the preview, above the site and its live widget: each automated check
 * with its result and message, and the sample questions with the runtime's answers and sources.
 */
final class ChecklistSection {

    private ChecklistSection() {
    }

    /** @param revision the revision this runtime serves */
    static void render(StringBuilder html, ChecklistFile.Read read, String revision) {
        QaChecklist list = read.checklist();
        html.append("<section class=\"checklist\" aria-labelledby=\"checklist-title\">");
        if (list == null || list.run() == null) {
            html.append("<h2 id=\"checklist-title\">Pre-review checks: not finished</h2><p>")
                    .append(read.problem() != null ? Html.text(read.problem())
                            : "The operator has not finished the automated checks of this revision yet; "
                                    + "<code>kubectl get assistant</code> shows them as they run (status.qa.checks).")
                    .append("</p></section>");
            return;
        }
        QaCheckRun run = list.run();
        html.append("<h2 id=\"checklist-title\">Pre-review checks: ").append(Html.text(run.summary()))
                .append(" passed <span class=\"badge ").append(css(run.state().name())).append("\">")
                .append(Html.text(run.state().name())).append("</span></h2><p>Revision ")
                .append(Html.text(run.revision())).append(", finished ").append(Html.text(run.completedAt()))
                .append(".");
        if (revision != null && !revision.equals(run.revision())) {
            html.append(" <strong>These are the checks of an earlier revision; this runtime serves revision ")
                    .append(Html.text(revision)).append(", whose checks are not finished.</strong>");
        }
        html.append("</p><ul class=\"check-list\">");
        for (QaCheckResult c : list.checks()) {
            html.append("<li class=\"check ").append(css(c.result().name())).append("\"><span class=\"badge ")
                    .append(css(c.result().name())).append("\">").append(Html.text(c.result().name()))
                    .append("</span> <strong>").append(Html.text(c.name())).append("</strong> ")
                    .append(Html.text(c.message()));
            samples(html, c);
            html.append("</li>");
        }
        html.append("</ul></section>");
    }

    private static void samples(StringBuilder html, QaCheckResult check) {
        if (check.answers().isEmpty()) {
            return;
        }
        html.append("<dl class=\"answers samples\">");
        for (QaCheckResult.SampleAnswer a : check.answers()) {
            html.append("<dt>").append(Html.text(a.question())).append(" <small>(from the heading \"")
                    .append(Html.text(a.heading())).append("\")</small></dt><dd")
                    .append(Boolean.TRUE.equals(a.noContent()) ? " class=\"none\"><p><strong>No content.</strong> "
                            : "><p>")
                    .append(Html.text(a.answer())).append("</p>");
            if (a.source() != null) {
                html.append("<p class=\"src\">Source: <a href=\"").append(Html.url(a.source())).append("\">")
                        .append(Html.text(a.source())).append("</a></p>");
            }
            html.append("</dd>");
        }
        html.append("</dl>");
    }

    private static String css(String result) {
        return result.toLowerCase(Locale.ROOT);
    }
}
