package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The two ways a visitor meets the assistant, each installed with its own script snippet and key. */
public enum Channel {
    @JsonProperty("widget")
    WIDGET("widget"),
    @JsonProperty("search")
    SEARCH("search");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    /** The lower-case name used in YAML, keys and snippets. */
    public String id() {
        return id;
    }

    public static Channel fromId(String id) {
        for (Channel c : values()) {
            if (c.id.equalsIgnoreCase(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + id + "': expected widget or search");
    }
}
