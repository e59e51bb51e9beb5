package it.callcenter.benchmarks;

import java.util.concurrent.ThreadFactory;

/** Threads that do not keep a benchmark's JVM alive once its main method has printed the figures. */
final class DaemonThreads implements ThreadFactory {

    static final DaemonThreads FACTORY = new DaemonThreads();

    private DaemonThreads() {
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    }
}
