package org.diplomacykg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.diplomacykg.cli.Main;

/**
 * Runs one {@code kg} command exactly as the CLI does, then reports the memory it needed: the
 * sum of the heap pools' peaks (an upper bound of the peak heap, as pools peak at different
 * moments) and the process's peak resident set (VmHWM); and the CPU time of the build's progress
 * thread against the whole process's, which is what showing progress costs (the workers' part is
 * one counter increment per article). usage: MeasuredBuild KG-ARGS...
 */
public final class MeasuredBuild {
    /** The name ProgressReporter gives its thread. */
    static final String PROGRESS_THREAD = "kg-progress";

    public static void main(String[] args) throws IOException {
        AtomicLong progressCpu = new AtomicLong();
        Thread watch = watchCpu(PROGRESS_THREAD, progressCpu);
        int code = Main.run(args);
        watch.interrupt();
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("MEASURED exit=%d peakHeapMB=%d peakRssMB=%d maxHeapMB=%d progressThreadCpuMs=%.1f processCpuMs=%d%n", code,
                heap >> 20, rssKb >> 10, Runtime.getRuntime().maxMemory() >> 20, progressCpu.get() / 1e6, processCpu / 1_000_000);
        System.exit(code);
    }

    /**
     * A daemon that reads the named thread's CPU time every 200 ms into {@code cpu} (a dead
     * thread's time can no longer be read, so the last reading stands: at most 200 ms of its
     * life is missed, while it sleeps between ticks).
     */
    private static Thread watchCpu(String name, AtomicLong cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread t = new Thread(() -> {
            long id = -1;
            while (!Thread.currentThread().isInterrupted()) {
                if (id < 0) {
                    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
                        if (info != null && info.getThreadName().equals(name)) {
                            id = info.getThreadId();
                        }
                    }
                }
                long ns = id < 0 ? -1 : threads.getThreadCpuTime(id);
                if (ns > 0) {
                    cpu.set(ns);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "measure-progress-cpu");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
