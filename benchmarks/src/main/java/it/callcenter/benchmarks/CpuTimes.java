package it.callcenter.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds (user + system, from {@code /proc/PID/stat}) that the WildFly process and the PostgreSQL processes
 * spend during a measurement, sampled every time {@link #sample()} is called: a backend that ends in the middle (a
 * pooled connection replaced) keeps what it spent up to its last sample, one that starts counts from zero. On two
 * cores they tell which side an import keeps busy, and whether the two sides overlap.
 */
final class CpuTimes {

    private static final double TICKS = 100.0;

    private final long wildflyPid;
    private final long postmasterPid;
    private final Map<Long, double[]> postgres = new HashMap<>();
    private double wildflyFirst = -1;
    private double wildflyLast;
    private double selfFirst = -1;
    private double selfLast;
    private double machineFirst = -1;
    private double machineLast;
    private boolean started;

    CpuTimes(long wildflyPid) {
        this(wildflyPid, 0);
    }

    /** Only the PostgreSQL processes below this postmaster count (0: every process named postgres). */
    CpuTimes(long wildflyPid, long postmasterPid) {
        this.wildflyPid = wildflyPid;
        this.postmasterPid = postmasterPid;
    }

    /** The postmaster of the database in this data directory (first line of its postmaster.pid). */
    static long postmaster(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    void sample() {
        double self = seconds(Path.of("/proc/self")).orElse(selfLast);
        selfFirst = selfFirst < 0 ? self : selfFirst;
        selfLast = self;
        double machine = machineBusy().orElse(machineLast);
        machineFirst = machineFirst < 0 ? machine : machineFirst;
        machineLast = machine;
        double wildfly = seconds(Path.of("/proc/" + wildflyPid)).orElse(wildflyLast);
        wildflyFirst = wildflyFirst < 0 ? wildfly : wildflyFirst;
        wildflyLast = wildfly;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && isPostgres(process) && isOurs(process)) {
                    double spent = seconds(process).orElse(-1);
                    if (spent >= 0) {
                        postgres.computeIfAbsent(Long.parseLong(name), pid -> new double[] {started ? 0 : spent, spent})[1] = spent;
                    }
                }
            }
        } catch (IOException e) {
            // no sample this time
        }
        started = true;
    }

    double wildflySeconds() {
        return wildflyLast - wildflyFirst;
    }

    /** CPU seconds of this JVM (a benchmark's own clients). */
    double selfSeconds() {
        return selfLast - selfFirst;
    }

    /** CPU seconds every process of the machine spent (all cores: user, nice, system, irq, softirq). */
    double machineSeconds() {
        return machineLast - machineFirst;
    }

    double postgresSeconds() {
        return postgres.values().stream().mapToDouble(times -> times[1] - times[0]).sum();
    }

    private boolean isOurs(Path process) {
        if (postmasterPid == 0 || process.getFileName().toString().equals(Long.toString(postmasterPid))) {
            return true;
        }
        return ProcessHandle.of(Long.parseLong(process.getFileName().toString())).flatMap(ProcessHandle::parent)
                .map(parent -> parent.pid() == postmasterPid).orElse(false);
    }

    private static java.util.OptionalDouble machineBusy() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(cpu[i]);
            }
            return java.util.OptionalDouble.of(busy / TICKS);
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalDouble.empty();
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip().equals("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static java.util.OptionalDouble seconds(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return java.util.OptionalDouble.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS);
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalDouble.empty();
        }
    }
}
