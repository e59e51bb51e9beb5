package it.callcenter.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU seconds a JVM's JIT compiler threads have spent so far (user + system of its threads named
 * {@code C1 CompilerThre…} and {@code C2 CompilerThre…} in {@code /proc/PID/task}; a compiler thread the JVM has
 * ended takes its seconds with it, so this is a lower bound). On two cores WildFly's compilers take minutes of CPU
 * after a start: a figure measured meanwhile measures them too.
 */
final class CompilerTime {

    private static final double TICKS = 100.0;

    private CompilerTime() {
    }

    static double seconds(long pid) throws IOException {
        double ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // a thread that ended between the listing and the read
                }
            }
        }
        return ticks / TICKS;
    }
}
