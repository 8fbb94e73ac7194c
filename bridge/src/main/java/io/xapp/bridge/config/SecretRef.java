package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a secret lives: a file (a mounted Secret, the production way), an environment variable, or an inline
 * value (local runs and tests only). Resolved when the bridge starts so a missing secret fails fast.
 */
public record SecretRef(@JsonProperty("file") String file, @JsonProperty("env") String env,
                        @JsonProperty("value") String value) {

    public static SecretRef inline(String value) {
        return new SecretRef(null, null, value);
    }

    /** The secret's text without surrounding whitespace; {@code what} names it in errors. */
    public String resolve(String what) {
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new InvalidBridgeConfigException(what + ": cannot read secret file " + file + " ("
                        + e.getMessage() + "); mount the Secret there or point the setting elsewhere");
            }
        }
        if (env != null) {
            String v = System.getenv(env);
            if (v == null || v.isBlank()) {
                throw new InvalidBridgeConfigException(what + ": environment variable " + env + " is not set");
            }
            return v.trim();
        }
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        throw new InvalidBridgeConfigException(what + ": give one of file, env or value");
    }
}
