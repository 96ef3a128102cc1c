package dev.trent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and memory of a process, from Linux's /proc. */
public final class ProcStats {
  /** USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every Linux we run on. */
  private static final double TICKS_PER_SECOND = ticksPerSecond();

  private ProcStats() {}

  /** User plus system CPU seconds of {@code pid} so far, or -1 when unknown. */
  public static double cpuSeconds(long pid) {
    return cpu(pid, true, true);
  }

  /** System (kernel) CPU seconds of {@code pid} so far, or -1 when unknown. */
  public static double systemCpuSeconds(long pid) {
    return cpu(pid, false, true);
  }

  private static double cpu(long pid, boolean user, boolean system) {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // The command name, in parentheses, may contain spaces: fields count from after it.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long utime = Long.parseLong(f[11]);
      long stime = Long.parseLong(f[12]);
      return ((user ? utime : 0) + (system ? stime : 0)) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** A {@code /proc/PID/status} size field such as VmRSS or VmHWM, in bytes; -1 when unknown. */
  public static long statusBytes(long pid, String field) {
    if (pid <= 0) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field + ":")) {
          String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * CPU seconds the whole machine has spent so far running processes (user, nice, system, steal;
   * not idle, iowait, or interrupt handling), or -1 when unknown.
   */
  public static double machineBusySeconds() {
    return machineSeconds(false);
  }

  /**
   * CPU seconds spent in interrupt and soft-interrupt handling so far, or -1: on loopback, most of
   * it is the network stack delivering packets, charged to no process.
   */
  public static double machineInterruptSeconds() {
    return machineSeconds(true);
  }

  private static double machineSeconds(boolean interrupts) {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = first.trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...
      long ticks = interrupts
          ? Long.parseLong(f[6]) + Long.parseLong(f[7])
          : Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[8]);
      return ticks / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  public static long rssBytes(long pid) {
    return statusBytes(pid, "VmRSS");
  }

  private static double ticksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return Double.parseDouble(out);
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
