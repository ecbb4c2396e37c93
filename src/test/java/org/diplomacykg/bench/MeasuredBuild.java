package org.diplomacykg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.cli.Main;

/**
 * Runs one {@code kg} command exactly as the CLI does, then reports the memory it needed: the
 * sum of the heap pools' peaks (an upper bound of the peak heap, as pools peak at different
 * moments) and the process's peak resident set (VmHWM). usage: MeasuredBuild KG-ARGS...
 */
public final class MeasuredBuild {
    public static void main(String[] args) throws IOException {
        int code = Main.run(args);
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        System.out.printf("MEASURED exit=%d peakHeapMB=%d peakRssMB=%d maxHeapMB=%d%n", code, heap >> 20, rssKb >> 10,
                Runtime.getRuntime().maxMemory() >> 20);
        System.exit(code);
    }
}
