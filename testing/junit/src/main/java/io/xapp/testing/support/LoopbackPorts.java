package io.xapp.testing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Free TCP ports on 127.0.0.1, for servers and processes a test starts. */
public final class LoopbackPorts {

    /**
     * Every port handed out in this JVM. A test often asks for several before it binds any (the local platform's
     * router, bridge and inference ports), and the system may offer the same free port twice: the stand-in once gave
     * an operator and an inference service both 38127, and the operator restarted forever.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    private LoopbackPorts() {
    }

    /**
     * A port nothing listens on right now and never handed out before in this JVM (another process may still take
     * it before you do: bind soon).
     */
    public static int free() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("no free port on 127.0.0.1", e);
            }
        }
        throw new IllegalStateException("no port on 127.0.0.1 left that this JVM has not handed out already");
    }
}
