package dev.trent.bench;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one load run measured: successful responses and errors in the measured window, the latency
 * histogram (nanoseconds; from the intended send time in rate-limited runs) and, in those, how late
 * the generator itself sent each request ({@code sendLag}, empty otherwise), the window's length,
 * and the CPU the server process and the generator used in it.
 */
public record LoadResult(
    long ok,
    long errors,
    Map<Integer, Long> statuses,
    String firstError,
    double seconds,
    Histogram latency,
    Histogram sendLag,
    double serverCpuSeconds,
    double serverSystemCpuSeconds,
    double clientCpuSeconds,
    double machineCpuSeconds,
    double interruptCpuSeconds,
    int requestBytes,
    long[] perSecond,
    double targetRate,
    double warmupSeconds) {

  public double opsPerSecond() {
    return seconds <= 0 ? 0 : ok / seconds;
  }

  /** Latency at {@code percentile} (0..100) in milliseconds. */
  public double ms(double percentile) {
    return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1e6;
  }

  /** The generator's own lateness at {@code percentile} in rate-limited runs, ms; NaN otherwise. */
  public double sendLagMs(double percentile) {
    return sendLag.getTotalCount() == 0 ? Double.NaN : sendLag.getValueAtPercentile(percentile) / 1e6;
  }

  public double maxMs() {
    return latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1e6;
  }

  /** Server CPU as a percentage of one core (200% is both cores of a 2-core machine); NaN if unknown. */
  public double serverCpuPercent() {
    return serverCpuSeconds < 0 || seconds <= 0 ? Double.NaN : 100 * serverCpuSeconds / seconds;
  }

  /** The kernel's share of the server's CPU time (system over user plus system); NaN if unknown. */
  public double serverSystemShare() {
    return serverCpuSeconds <= 0 || serverSystemCpuSeconds < 0 ? Double.NaN : serverSystemCpuSeconds / serverCpuSeconds;
  }

  public double clientCpuPercent() {
    return clientCpuSeconds < 0 || seconds <= 0 ? Double.NaN : 100 * clientCpuSeconds / seconds;
  }

  /**
   * CPU used in the window by everything else on the machine (neither the server nor the
   * generator), as a percentage of one core: noise, which should be near zero; NaN if unknown.
   */
  public double otherCpuPercent() {
    if (machineCpuSeconds < 0 || serverCpuSeconds < 0 || clientCpuSeconds < 0 || seconds <= 0) {
      return Double.NaN;
    }
    return Math.max(0, 100 * (machineCpuSeconds - serverCpuSeconds - clientCpuSeconds) / seconds);
  }

  /** Interrupt and soft-interrupt handling (mostly loopback networking), percent of one core. */
  public double interruptCpuPercent() {
    return interruptCpuSeconds < 0 || seconds <= 0 ? Double.NaN : 100 * interruptCpuSeconds / seconds;
  }

  /** Server CPU time per successful request, in microseconds; NaN if unknown. */
  public double serverCpuMicrosPerOp() {
    return serverCpuSeconds < 0 || ok == 0 ? Double.NaN : serverCpuSeconds * 1e6 / ok;
  }
}
