package it.callcenter.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One WildFly started as a child process with the EAR in its deployment folder. Ready when the deployment
 * scanner marks the EAR deployed and the health endpoint answers; stopped by its PID (and its children's),
 * also when the JVM that started it exits. A PID file lets the next start stop a server a killed run left.
 */
public final class WildFlyProcess implements AutoCloseable {

    private static final String DEPLOYMENT = "callcenter.ear";
    private static final String JAVA_OPTS = "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
            + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Duser.timezone=UTC"
            + " -Djboss.modules.system.pkgs=org.jboss.byteman";

    /** A log line of the application at ERROR (SEVERE for java.util.logging): date, time, level, [category], (thread), message. */
    private static final Pattern APPLICATION_ERROR =
            Pattern.compile("\\S+ \\S+ (?:ERROR|SEVERE) +\\[it\\.callcenter\\.[^]]*] \\([^)]*\\) (.*)");

    private final Path home;
    /** The server's own directory (configuration, deployments, data, log, tmp): {@code standalone/}, or a cluster node's copy. */
    private final Path base;
    /** The configuration file under {@code base/configuration}; null for WildFly's default (standalone.xml). */
    private final String serverConfig;
    private final int portOffset;
    private Process process;
    private Thread shutdownHook;
    private Path ear;
    private Map<String, String> systemProperties;

    public WildFlyProcess(Path home, int portOffset) {
        this(home, home.resolve("standalone"), null, portOffset);
    }

    /**
     * A server of {@code home} with a directory of its own ({@code -Djboss.server.base.dir}), so that several nodes run
     * from one WildFly installation, each with its own configuration, deployments, data, log and tmp.
     */
    public WildFlyProcess(Path home, Path base, String serverConfig, int portOffset) {
        this.home = home.toAbsolutePath();
        this.base = base.toAbsolutePath();
        this.serverConfig = serverConfig;
        this.portOffset = portOffset;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort() + "/callcenter";
    }

    public Path serverLog() {
        return base.resolve("log/server.log");
    }

    public int portOffset() {
        return portOffset;
    }

    /** Whether the server process is running (started and neither stopped nor killed). */
    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    public void start(Path ear, Map<String, String> systemProperties, Duration timeout) {
        this.ear = ear;
        this.systemProperties = Map.copyOf(systemProperties);
        stopLeftover();
        Path deployments = base.resolve("deployments");
        try {
            Files.createDirectories(deployments);
            Files.createDirectories(serverLog().getParent());
            for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
                Files.deleteIfExists(deployments.resolve(DEPLOYMENT + marker));
            }
            Files.copy(ear, deployments.resolve(DEPLOYMENT), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(serverLog());
            ProcessBuilder builder = new ProcessBuilder(command(systemProperties));
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            // -Dcallcenter.wildfly.java-opts=...: more options for the server's JVM (a benchmark's profiler settings)
            builder.environment().put("JAVA_OPTS", (JAVA_OPTS + " " + System.getProperty("callcenter.wildfly.java-opts", "")).strip());
            process = builder
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(base.resolve("log/console.log").toFile())
                    .start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start WildFly in " + home, e);
        }
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::stop, "stop-wildfly");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        awaitDeployment(deployments, timeout);
    }

    private List<String> command(Map<String, String> systemProperties) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/standalone.sh").toString());
        command.add("-b=127.0.0.1");
        command.add("-bmanagement=127.0.0.1");
        command.add("-Djboss.socket.binding.port-offset=" + portOffset);
        if (!base.equals(home.resolve("standalone"))) {
            command.add("-Djboss.server.base.dir=" + base);
        }
        if (serverConfig != null) {
            command.add("--server-config=" + serverConfig);
        }
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        return command;
    }

    private void awaitDeployment(Path deployments, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Path deployed = deployments.resolve(DEPLOYMENT + ".deployed");
        Path failed = deployments.resolve(DEPLOYMENT + ".failed");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited during start; see " + serverLog());
            }
            try {
                if (Files.exists(failed)) {
                    throw new IllegalStateException("Deployment failed: " + failure(failed) + "\nSee " + serverLog());
                }
                if (Files.exists(deployed) && healthAnswers(http)) {
                    return;
                }
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("WildFly did not deploy the application within " + timeout
                + "; see " + serverLog());
    }

    /**
     * Why the deployment failed: the application's own ERROR lines of the server log when it wrote any (they say it
     * in a sentence, e.g. the schema check's), else the deployment scanner's description.
     */
    private String failure(Path failed) throws IOException {
        List<String> application = new ArrayList<>();
        if (Files.exists(serverLog())) {
            for (String line : Files.readAllLines(serverLog())) {
                Matcher error = APPLICATION_ERROR.matcher(line);
                if (error.matches()) {
                    application.add("  " + error.group(1));
                }
            }
        }
        return application.isEmpty() ? Files.readString(failed) : "\n" + String.join("\n", application);
    }

    private boolean healthAnswers(HttpClient http) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private Path pidFile() {
        return base.resolve("callcenter.pid");
    }

    private void stopLeftover() {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // only a server of this home: a copied home must not stop the server it was copied from
            ProcessHandle.of(pid).filter(this::runsHere).ifPresent(WildFlyProcess::stopTree);
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read " + pidFile, e);
        }
    }

    private boolean runsHere(ProcessHandle handle) {
        String home = this.base.toString();
        return handle.info().commandLine().map(line -> line.contains(home)).orElse(false)
                || handle.descendants().anyMatch(child -> child.info().commandLine().map(line -> line.contains(home)).orElse(false));
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        stopTree(process.toHandle());
        process = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the server at once (SIGKILL), as a power cut or an OOM killer would: nothing is shut down cleanly. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.toHandle().descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(handle -> handle.onExit().join());
        process = null;
    }

    /** A server of the same home, EAR and properties on another port offset, to be started with {@link #restart}. */
    public WildFlyProcess onPortOffset(int portOffset) {
        WildFlyProcess other = new WildFlyProcess(home, base, serverConfig, portOffset);
        other.ear = ear;
        other.systemProperties = systemProperties;
        return other;
    }

    /** Starts the server again, with the EAR and properties of the last start, after {@link #kill()} or {@link #stop()}. */
    public void restart(Duration timeout) {
        if (ear == null) {
            throw new IllegalStateException("WildFly was never started");
        }
        start(ear, systemProperties, timeout);
    }

    private static void stopTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to remove
            }
        }
    }
}
