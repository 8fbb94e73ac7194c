package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class RuntimeStatus {

    @JsonPropertyDescription("Public base URL of this assistant's runtime (snippets load from here).")
    private String url;

    @JsonPropertyDescription("URL of the QA preview page for reviewers.")
    private String previewUrl;

    @JsonPropertyDescription("Replicas the runtime Deployment wants.")
    private Integer replicas;

    @JsonPropertyDescription("Replicas that are ready to answer.")
    private Integer readyReplicas;

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getPreviewUrl() { return previewUrl; }
    public void setPreviewUrl(String previewUrl) { this.previewUrl = previewUrl; }
    public Integer getReplicas() { return replicas; }
    public void setReplicas(Integer replicas) { this.replicas = replicas; }
    public Integer getReadyReplicas() { return readyReplicas; }
    public void setReadyReplicas(Integer readyReplicas) { this.readyReplicas = readyReplicas; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuntimeStatus that && Objects.equals(url, that.url)
                && Objects.equals(previewUrl, that.previewUrl) && Objects.equals(replicas, that.replicas)
                && Objects.equals(readyReplicas, that.readyReplicas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, previewUrl, replicas, readyReplicas);
    }
}
