package io.xapp.testing.standin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stand-in runs and where.
 *
 * @param commands   image repository (no tag) to the local command that stands in for it
 * @param fixedPorts Deployment name to the port its process listens on (others get a free port)
 * @param routerPort port of the path router in front of the runtimes ({@code /<deployment>/...}), or 0 for none
 */
public record StandInOptions(
        Path kubeconfig,
        List<String> namespaces,
        Path workDir,
        Map<String, List<String>> commands,
        Map<String, Integer> fixedPorts,
        int routerPort) {

    static final String USAGE = """
            usage: standin --kubeconfig FILE --namespace NS [--namespace NS ...] --workdir DIR
                           --image REPOSITORY=COMMAND [--image ...] [--port DEPLOYMENT=PORT ...] [--route PORT]

            Runs the Deployments labelled app.kubernetes.io/part-of=xapp in the namespaces as local processes,
            since kwok's Pods run nothing. COMMAND runs for a container whose image repository is REPOSITORY,
            e.g. --image xapp/operator='java -jar operator/target/quarkus-app/quarkus-run.jar'.
            --route PORT serves http://127.0.0.1:PORT/<deployment>/... from that Deployment's process.
            """;

    public StandInOptions {
        namespaces = List.copyOf(namespaces);
        commands = Map.copyOf(commands);
        fixedPorts = Map.copyOf(fixedPorts);
    }

    public static StandInOptions parse(String[] args) {
        Path kubeconfig = null;
        Path workDir = null;
        List<String> namespaces = new ArrayList<>();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        int route = 0;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--kubeconfig" -> kubeconfig = Path.of(value);
                case "--namespace" -> namespaces.add(value);
                case "--workdir" -> workDir = Path.of(value);
                case "--image" -> commands.put(key(flag, value), List.of(value(value).trim().split("\\s+")));
                case "--port" -> ports.put(key(flag, value), Integer.parseInt(value(value)));
                case "--route" -> route = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        if (kubeconfig == null || workDir == null || namespaces.isEmpty() || commands.isEmpty()) {
            throw new IllegalArgumentException("--kubeconfig, --workdir, --namespace and --image are required\n"
                    + USAGE);
        }
        return new StandInOptions(kubeconfig, namespaces, workDir, commands, ports, route);
    }

    private static String key(String flag, String pair) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(flag + " takes NAME=VALUE, got '" + pair + "'");
        }
        return pair.substring(0, eq);
    }

    private static String value(String pair) {
        return pair.substring(pair.indexOf('=') + 1);
    }
}
