package it.callcenter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the server's time goes during the import: a Java Flight Recorder recording of the WildFly process (jcmd),
 * read back with the JDK's {@code jfr} tool. Counts the samples of the import's thread (the managed executor's) by the innermost frame of
 * the application (which step: parsing, mapping, validation, duplicate query, writes), and by the innermost frame of
 * all (what that step spends it on); samples in native code under the PostgreSQL driver are time waiting for the
 * database. Not a measurement of its own: the --profile option of {@link ImportBenchmark}.
 */
final class Profiler {

    private final long pid;
    private final Path file;
    private final String name;
    private final java.util.function.Predicate<String> threads;

    private Profiler(long pid, Path file, String name, java.util.function.Predicate<String> threads) {
        this.pid = pid;
        this.file = file;
        this.name = name;
        this.threads = threads;
    }

    static Profiler start(long pid, Path file) throws IOException, InterruptedException {
        return start(pid, file, "import", thread -> thread.contains("ManagedExecutorService") || thread.contains("ManagedThreadFactory"));
    }

    /** Profiles the threads whose JFR description {@code threads} accepts (the import's: the container's executor). */
    static Profiler start(long pid, Path file, String name, java.util.function.Predicate<String> threads)
            throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "JFR.start", "name=" + name, "settings=profile", "filename=" + file);
        return new Profiler(pid, file, name, threads);
    }

    void stopAndPrint(PrintStream out) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "JFR.stop", "name=" + name);
        Map<String, Integer> steps = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        int total = 0;
        for (String event : new String[] {"jdk.ExecutionSample", "jdk.NativeMethodSample"}) {
            Process jfr = new ProcessBuilder("jfr", "print", "--events", event, "--stack-depth", "300", file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jfr.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> frames = new ArrayList<>();
                boolean inStack = false;
                String thread = "";
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String text = line.strip();
                    if (text.startsWith("sampledThread = ")) {
                        thread = text;
                    } else if (text.startsWith("stackTrace = [")) {
                        inStack = true;
                        frames.clear();
                    } else if (inStack && text.equals("]")) {
                        inStack = false;
                        if (threads.test(thread) && !frames.isEmpty()) {
                            total++;
                            boolean native_ = event.equals("jdk.NativeMethodSample");
                            String step = frames.stream().filter(f -> f.startsWith("it.callcenter.")).findFirst().orElse("?");
                            String leaf = native_ && frames.stream().anyMatch(f -> f.startsWith("org.postgresql"))
                                    ? "(waiting for PostgreSQL)" : (native_ ? "(native) " : "") + frames.get(0);
                            steps.merge(method(step), 1, Integer::sum);
                            leaves.merge(method(leaf), 1, Integer::sum);
                            layers.merge(layer(frames), 1, Integer::sum);
                        }
                    } else if (inStack && !text.equals("...")) {
                        frames.add(text);
                    }
                }
            }
            jfr.waitFor();
        }
        out.printf("%nProfile of the %s threads (JFR, %d samples; share of samples):%n", name, total);
        print(out, "innermost application frame", steps, total);
        print(out, "innermost frame", leaves, total);
        print(out, "innermost library", layers, total);
    }

    private static final List<String> LIBRARIES = List.of("org.postgresql", "org.eclipse.persistence", "org.primefaces",
            "com.sun.faces", "org.jboss.weld", "io.undertow", "org.jboss.resteasy", "org.wildfly", "org.jboss", "it.callcenter");

    /** The library of the innermost frame that belongs to one (the JDK's own frames are skipped). */
    private static String layer(List<String> frames) {
        for (String frame : frames) {
            for (String library : LIBRARIES) {
                if (frame.startsWith(library + ".")) {
                    return library;
                }
            }
        }
        return "(JDK only)";
    }

    private static String method(String frame) {
        int line = frame.indexOf(" line:");
        return line > 0 ? frame.substring(0, line) : frame;
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int total) {
        out.println("  by " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                .forEach(e -> out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
