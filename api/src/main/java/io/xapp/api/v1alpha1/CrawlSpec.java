package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class CrawlSpec {

    /** Go-style durations as Kubernetes users write them: 30m, 12h, 7d is not Go, so days are allowed too. */
    public static final String DURATION_PATTERN = "^([0-9]+(s|m|h|d))+$";

    @Pattern(DURATION_PATTERN)
    @JsonPropertyDescription("How often the runtime re-crawls the site, e.g. 12h or 7d (default from the partner "
            + "environment, usually 24h). Re-crawls use conditional requests, so unchanged pages are cheap.")
    private String cadence;

    @Min(1)
    @Max(10000)
    @JsonPropertyDescription("Most pages to index (1 to 10000); the tier's limit applies when lower.")
    private Integer maxPages;

    @Size(max = 50)
    @JsonPropertyDescription("Only URLs whose path matches one of these glob patterns (e.g. /services/**) are "
            + "indexed; empty means the whole site.")
    private List<String> include;

    @Size(max = 50)
    @JsonPropertyDescription("URLs whose path matches one of these glob patterns (e.g. /blog/tag/**) are never "
            + "indexed.")
    private List<String> exclude;

    public String getCadence() { return cadence; }
    public void setCadence(String cadence) { this.cadence = cadence; }
    public Integer getMaxPages() { return maxPages; }
    public void setMaxPages(Integer maxPages) { this.maxPages = maxPages; }
    public List<String> getInclude() { return include; }
    public void setInclude(List<String> include) { this.include = include; }
    public List<String> getExclude() { return exclude; }
    public void setExclude(List<String> exclude) { this.exclude = exclude; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrawlSpec that && Objects.equals(cadence, that.cadence)
                && Objects.equals(maxPages, that.maxPages) && Objects.equals(include, that.include)
                && Objects.equals(exclude, that.exclude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cadence, maxPages, include, exclude);
    }
}
