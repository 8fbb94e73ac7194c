package io.xapp.testing.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.testing.platform.tools.Command;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scripts of testing/moto that deploy CloudFormation into this JVM's moto (docs/partner-aws.md): run with the
 * venv's python, the moto URL first, and the JSON they print read back.
 */
public final class MotoScripts {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private MotoScripts() {
    }

    /** {@code stacks.py}: deploys {@code template} as {@code stack} in {@code account}; its outputs and more. */
    public static JsonNode deployStack(String account, String stack, String template, Map<String, String> parameters) {
        List<String> args = new ArrayList<>(List.of(account, stack, Repo.resolve(template).toString()));
        parameters.forEach((k, v) -> args.add(k + "=" + v));
        return run("stacks.py", args);
    }

    /** Runs {@code testing/moto/<script> <moto url> <args>} and reads what it printed as JSON. */
    static JsonNode run(String script, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Moto.python().toString(),
                Repo.resolve("testing/moto/" + script).toString(), Moto.get().url()));
        command.addAll(args);
        Command.Result result = Command.run(command, Map.of(), TIMEOUT);
        if (!result.ok()) {
            throw new AssertionError("testing/moto/" + script + " failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + result.output());
        }
        try {
            return JSON.readTree(result.stdout());
        } catch (IOException e) {
            throw new UncheckedIOException("testing/moto/" + script + " printed no JSON:\n" + result.output(), e);
        }
    }
}
