package it.callcenter.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of the nodes of a cluster on this machine, as a child process: round robin, a session
 * sticks to the node that opened it (cookie {@value #COOKIE}), a node that does not answer its health check
 * ({@code /callcenter/api/health}, every second) is left out, and a request whose node refuses the connection goes to
 * another ({@code option redispatch}), where the replicated session carries on. When HAProxy is missing, root
 * installs it with apt; anyone else is told the line to run.
 */
public final class Balancer implements AutoCloseable {

    public static final String HAPROXY = "/usr/sbin/haproxy";
    public static final String INSTALL = "apt-get install -y haproxy";
    /** The balancer's cookie naming the node a browser's session lives on. */
    public static final String COOKIE = "CALLCENTER_NODE";

    /** A node behind the balancer: its name (the cookie's value) and HTTP port on 127.0.0.1. */
    public record Backend(String name, int port) {
    }

    private final int port;
    private Process process;
    private Thread shutdownHook;

    private Balancer(int port) {
        this.port = port;
    }

    /** Starts HAProxy on 127.0.0.1:{@code port} with its configuration in {@code directory}; ready when a node answers through it. */
    public static Balancer start(Path directory, int port, List<Backend> backends, Duration timeout) {
        ensureInstalled();
        Balancer balancer = new Balancer(port);
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("haproxy.cfg");
            Files.writeString(config, configuration(port, backends), StandardCharsets.UTF_8);
            balancer.process = new ProcessBuilder(HAPROXY, "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("haproxy.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start HAProxy", e);
        }
        balancer.shutdownHook = new Thread(balancer::stop, "stop-haproxy");
        Runtime.getRuntime().addShutdownHook(balancer.shutdownHook);
        balancer.awaitReady(directory, timeout);
        return balancer;
    }

    static String configuration(int port, List<Backend> backends) {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 10m
                    timeout server 10m
                    timeout http-request 30s
                    retries 2
                    option redispatch
                    option forwardfor
                frontend callcenter
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk
                    http-check send meth GET uri /callcenter/api/health
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                """.formatted(port, COOKIE));
        for (Backend backend : backends) {
            config.append("    server ").append(backend.name()).append(" 127.0.0.1:").append(backend.port())
                    .append(" check cookie ").append(backend.name()).append('\n');
        }
        return config.toString();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/callcenter";
    }

    private void awaitReady(Path directory, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited; see " + directory.resolve("haproxy.log"));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet, or no node up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("HAProxy did not reach a node within " + timeout + "; see " + directory.resolve("haproxy.log"));
    }

    static void ensureInstalled() {
        if (Files.isExecutable(Path.of(HAPROXY))) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("HAProxy is needed for the cluster's balancer. Run:\n  sudo apt-get update && sudo " + INSTALL);
        }
        run("apt-get", "update", "-q");
        run("sh", "-c", "DEBIAN_FRONTEND=noninteractive " + INSTALL + " -q");
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }
}
