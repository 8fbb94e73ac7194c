package io.xapp.testing.elasticmq;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * ElasticMQ's SQS REST server in memory on 127.0.0.1, for benchmarks: {@code ElasticMqServer [port] [url-file]}.
 * Port 0 (the default) takes a free one. Once it answers, its URL ({@code http://127.0.0.1:<port>}) goes to stdout
 * and, when given, to {@code url-file} (written whole, then moved into place). Queue URLs and ARNs name account
 * 000000000000 (ElasticMQ's usual one; moto's is 123456789012) and region us-east-1. Runs until SIGTERM.
 */
public final class ElasticMqServer {

    private ElasticMqServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
        }
        String url = "http://127.0.0.1:" + port;
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .withAWSRegion("us-east-1").withAWSAccountId("000000000000").start();
        server.waitUntilStarted();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Await.result(server.stopAndGetFuture().apply(), Duration.create(10, TimeUnit.SECONDS));
            } catch (Exception e) {
                System.err.println("ElasticMQ did not stop cleanly: " + e);
            }
            stopped.countDown();
        }, "elasticmq-stop"));
        System.out.println(url);
        if (args.length > 1) {
            writeUrl(Path.of(args[1]), url);
        }
        stopped.await();
    }

    private static void writeUrl(Path file, String url) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, url + "\n");
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
