package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class AssistantTemplateSpec {

    @Size(max = 100)
    @JsonPropertyDescription("Name shown to partners and reviewers, e.g. 'Local services'.")
    private String displayName;

    @Size(max = 2000)
    @JsonPropertyDescription("How the assistant speaks, e.g. 'friendly front-desk assistant of {company}'. "
            + "{company} is replaced with the company name.")
    private String persona;

    @Required
    @Size(min = 1, max = 500)
    @JsonPropertyDescription("First message of the chat widget. {company} is replaced with the company name.")
    private String greeting;

    @Size(max = 500)
    @JsonPropertyDescription("What the assistant says when the site does not answer a question, before offering "
            + "to connect the visitor with the business.")
    private String noContentMessage;

    @Size(max = 10)
    @JsonPropertyDescription("Questions offered to visitors as one-tap suggestions (and answered on the QA preview).")
    private List<@Size(min = 1, max = 200) String> suggestedQuestions;

    @Size(max = 5)
    @JsonPropertyDescription("Calls to action the assistant offers: lead capture and/or booking.")
    private List<CallToAction> callsToAction;

    @JsonPropertyDescription("Placement and layout of the chat widget.")
    private WidgetSettings widget;

    @JsonPropertyDescription("Settings of the search box.")
    private SearchSettings search;

    @Size(max = 200)
    @JsonPropertyDescription("How visitors in this line of business say what sites write, added to the "
            + "assistant's generic synonyms when it reads questions. One entry per group, Solr synonym format: "
            + "'braces, orthodontics, aligners' makes the words stand for each other; "
            + "'laughing gas => nitrous oxide, sedation' maps a phrase one way. A malformed entry is ignored with a "
            + "warning in the runtime's log.")
    private List<@Size(min = 1, max = 300) String> vocabulary;

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPersona() { return persona; }
    public void setPersona(String persona) { this.persona = persona; }
    public String getGreeting() { return greeting; }
    public void setGreeting(String greeting) { this.greeting = greeting; }
    public String getNoContentMessage() { return noContentMessage; }
    public void setNoContentMessage(String noContentMessage) { this.noContentMessage = noContentMessage; }
    public List<String> getSuggestedQuestions() { return suggestedQuestions; }
    public void setSuggestedQuestions(List<String> suggestedQuestions) { this.suggestedQuestions = suggestedQuestions; }
    public List<CallToAction> getCallsToAction() { return callsToAction; }
    public void setCallsToAction(List<CallToAction> callsToAction) { this.callsToAction = callsToAction; }
    public WidgetSettings getWidget() { return widget; }
    public void setWidget(WidgetSettings widget) { this.widget = widget; }
    public SearchSettings getSearch() { return search; }
    public void setSearch(SearchSettings search) { this.search = search; }
    public List<String> getVocabulary() { return vocabulary; }
    public void setVocabulary(List<String> vocabulary) { this.vocabulary = vocabulary; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssistantTemplateSpec that && Objects.equals(displayName, that.displayName)
                && Objects.equals(persona, that.persona) && Objects.equals(greeting, that.greeting)
                && Objects.equals(noContentMessage, that.noContentMessage)
                && Objects.equals(suggestedQuestions, that.suggestedQuestions)
                && Objects.equals(callsToAction, that.callsToAction) && Objects.equals(widget, that.widget)
                && Objects.equals(search, that.search) && Objects.equals(vocabulary, that.vocabulary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, persona, greeting, noContentMessage, suggestedQuestions, callsToAction,
                widget, search, vocabulary);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class CallToAction {

        /** What a call to action does. */
        public enum Type {
            @com.fasterxml.jackson.annotation.JsonProperty("leadCapture") LEAD_CAPTURE,
            @com.fasterxml.jackson.annotation.JsonProperty("booking") BOOKING
        }

        @Required
        @JsonPropertyDescription("leadCapture (name, email or phone, message to the business) or booking "
                + "(pick an available slot and book it), both relayed to the partner's APIs.")
        private Type type;

        @Size(min = 1, max = 60)
        @JsonPropertyDescription("Button label, e.g. 'Talk to our team' or 'Book a visit'.")
        private String label;

        public CallToAction() {
        }

        public CallToAction(Type type, String label) {
            this.type = type;
            this.label = label;
        }

        public Type getType() { return type; }
        public void setType(Type type) { this.type = type; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }

        @Override
        public boolean equals(Object o) {
            return o instanceof CallToAction that && type == that.type && Objects.equals(label, that.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, label);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class WidgetSettings {

        /** Corner of the page the launcher sits in. */
        public enum Position {
            @com.fasterxml.jackson.annotation.JsonProperty("bottom-right") BOTTOM_RIGHT,
            @com.fasterxml.jackson.annotation.JsonProperty("bottom-left") BOTTOM_LEFT
        }

        @JsonPropertyDescription("Corner of the page: bottom-right (default) or bottom-left.")
        private Position position;

        @JsonPropertyDescription("Open the chat panel when the page loads instead of showing only the launcher.")
        private Boolean openOnLoad;

        @Size(max = 40)
        @JsonPropertyDescription("Text of the launcher button's accessible label, e.g. 'Chat with us'.")
        private String launcherLabel;

        public Position getPosition() { return position; }
        public void setPosition(Position position) { this.position = position; }
        public Boolean getOpenOnLoad() { return openOnLoad; }
        public void setOpenOnLoad(Boolean openOnLoad) { this.openOnLoad = openOnLoad; }
        public String getLauncherLabel() { return launcherLabel; }
        public void setLauncherLabel(String launcherLabel) { this.launcherLabel = launcherLabel; }

        @Override
        public boolean equals(Object o) {
            return o instanceof WidgetSettings that && position == that.position
                    && Objects.equals(openOnLoad, that.openOnLoad)
                    && Objects.equals(launcherLabel, that.launcherLabel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(position, openOnLoad, launcherLabel);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class SearchSettings {

        @Size(max = 100)
        @JsonPropertyDescription("Placeholder text of the search box.")
        private String placeholder;

        @io.fabric8.generator.annotation.Min(1)
        @io.fabric8.generator.annotation.Max(20)
        @JsonPropertyDescription("Results shown per query (1 to 20, default 5).")
        private Integer maxResults;

        public String getPlaceholder() { return placeholder; }
        public void setPlaceholder(String placeholder) { this.placeholder = placeholder; }
        public Integer getMaxResults() { return maxResults; }
        public void setMaxResults(Integer maxResults) { this.maxResults = maxResults; }

        @Override
        public boolean equals(Object o) {
            return o instanceof SearchSettings that && Objects.equals(placeholder, that.placeholder)
                    && Objects.equals(maxResults, that.maxResults);
        }

        @Override
        public int hashCode() {
            return Objects.hash(placeholder, maxResults);
        }
    }
}
