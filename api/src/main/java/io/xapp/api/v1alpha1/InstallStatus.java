package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** What the partner installs on the customer's site. Keys are public (bound to origins, rate-limited). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InstallStatus {

    @JsonPropertyDescription("The approved revision these snippets belong to.")
    private String revision;

    @JsonPropertyDescription("Public key of the chat widget channel.")
    private String widgetKey;

    @JsonPropertyDescription("HTML to paste before </body>: an async script tag that loads the chat widget. On"
            + " WordPress, paste it into the XAPP Assistant plugin's settings instead.")
    private String widgetSnippet;

    @JsonPropertyDescription("Public key of the site search channel.")
    private String searchKey;

    @JsonPropertyDescription("HTML to paste where the search box goes: an async script tag that loads it. On"
            + " WordPress, paste it into the XAPP Assistant plugin's settings and place the box with its block or"
            + " the shortcode [xapp_search].")
    private String searchSnippet;

    @JsonPropertyDescription("When these snippets were published (RFC 3339).")
    private String publishedAt;

    public String getRevision() { return revision; }
    public void setRevision(String revision) { this.revision = revision; }
    public String getWidgetKey() { return widgetKey; }
    public void setWidgetKey(String widgetKey) { this.widgetKey = widgetKey; }
    public String getWidgetSnippet() { return widgetSnippet; }
    public void setWidgetSnippet(String widgetSnippet) { this.widgetSnippet = widgetSnippet; }
    public String getSearchKey() { return searchKey; }
    public void setSearchKey(String searchKey) { this.searchKey = searchKey; }
    public String getSearchSnippet() { return searchSnippet; }
    public void setSearchSnippet(String searchSnippet) { this.searchSnippet = searchSnippet; }
    public String getPublishedAt() { return publishedAt; }
    public void setPublishedAt(String publishedAt) { this.publishedAt = publishedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstallStatus that && Objects.equals(revision, that.revision)
                && Objects.equals(widgetKey, that.widgetKey) && Objects.equals(widgetSnippet, that.widgetSnippet)
                && Objects.equals(searchKey, that.searchKey) && Objects.equals(searchSnippet, that.searchSnippet)
                && Objects.equals(publishedAt, that.publishedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(revision, widgetKey, widgetSnippet, searchKey, searchSnippet, publishedAt);
    }
}
