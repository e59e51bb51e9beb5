package it.callcenter.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test WildFly's JVM seen from outside: its heap after a full collection (through the JDK's {@code jcmd}) and
 * its logs, for the tests that must show a request left the server as it found it.
 */
final class ServerJvm {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private ServerJvm() {
    }

    /** Bytes of heap in use after a full garbage collection. */
    static long heapUsedAfterGc() {
        long pid = javaPid();
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Bytes of heap in use now, garbage included (no collection forced): for sampling during a run. */
    static long heapUsed() {
        Matcher used = USED.matcher(jcmd(javaPid(), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Bytes of memory the server's process holds (resident set, from /proc). */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(javaPid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            throw new IllegalStateException("no VmRSS");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server log and the console, as written so far. */
    static String logs() {
        Path log = TestServer.server().wildfly().serverLog();
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1)
                    + Files.readString(log.resolveSibling("console.log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java process that standalone.sh started (the PID file names the script). */
    private static long javaPid() {
        Path pidFile = TestServer.server().wildfly().serverLog().getParent().getParent().resolve("callcenter.pid");
        try {
            long script = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(script).orElseThrow().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no java under " + script)).pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
