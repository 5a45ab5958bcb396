package org.greenvalue.bench.paired;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Two builds of one benchmark in one JVM, measured in turns: each build's jar is loaded by its own
 * class loader, the benchmark method of each is called in alternating batches (the order flipped
 * every round), and each batch's thread CPU time is taken. The per-round ratio new/base cancels the
 * drift a shared, virtualised machine adds to separate runs; the result is the median ratio with a
 * bootstrap 95 % interval.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.greenvalue.bench.paired.PairedComparison <base.jar>
 * <new.jar> <benchmark class> <method> [rounds] [seconds per batch]}. The class needs a public
 * no-argument constructor and a public {@code setUp()}; the method takes no arguments.
 *
 * <p>To hold one method against another (a verification against its baseline, say), name each as
 * {@code class#method} instead: {@code <base.jar> <new.jar> <class#method> <class#method> [rounds]
 * [seconds per batch]}; the two jars may then be the same. Both are called the same number of times
 * per batch, so the ratio is the ratio of their costs per call.
 */
public final class PairedComparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PairedComparison() {}

  /** One build's benchmark method, ready to call. */
  private record Build(String name, MethodHandle call, ClassLoader loader) {

    static Build load(String name, Path jar, String type, String method) throws Throwable {
      var loader =
          new URLClassLoader(
              name, new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> benchmark = loader.loadClass(type);
      // service lookups (a JSON provider, say) go through the context loader: make it the build's
      Thread.currentThread().setContextClassLoader(loader);
      Object instance = benchmark.getConstructor().newInstance();
      benchmark.getMethod("setUp").invoke(instance);
      MethodHandle handle =
          MethodHandles.publicLookup()
              .findVirtual(benchmark, method, MethodType.methodType(boolean.class))
              .bindTo(instance);
      return new Build(name, handle, loader);
    }

    /** CPU nanoseconds of {@code n} calls. */
    long cpuNanos(int n) throws Throwable {
      Thread.currentThread().setContextClassLoader(loader);
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        if (!(boolean) call.invokeExact()) {
          throw new IllegalStateException(name + ": the benchmark call failed");
        }
      }
      return THREADS.getCurrentThreadCpuTime() - start;
    }
  }

  public static void main(String[] args) throws Throwable {
    if (args.length < 4) {
      System.err.println(
          "usage: PairedComparison <base.jar> <new.jar> <class> <method> [rounds] [seconds]\n"
              + "   or: PairedComparison <base.jar> <new.jar> <class#method> <class#method>"
              + " [rounds] [seconds]");
      System.exit(2);
    }
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 40;
    double seconds = args.length > 5 ? Double.parseDouble(args[5]) : 0.5;
    boolean twoMethods = args[2].contains("#");
    if (twoMethods != args[3].contains("#")) {
      System.err.println("name both sides as class#method, or give one class and one method");
      System.exit(2);
    }
    String[] baseTarget = twoMethods ? args[2].split("#", 2) : new String[] {args[2], args[3]};
    String[] newTarget = twoMethods ? args[3].split("#", 2) : baseTarget;
    Build base = Build.load("base", Path.of(args[0]), baseTarget[0], baseTarget[1]);
    Build next = Build.load("new", Path.of(args[1]), newTarget[0], newTarget[1]);

    // warm both up until the JIT settles, and size a batch to the wanted duration
    int n = 1;
    for (int i = 0; i < 8; i++) {
      base.cpuNanos(n);
      next.cpuNanos(n);
      long nanos = base.cpuNanos(n);
      n = (int) Math.max(1, Math.min(1_000_000, n * (seconds * 1e9 / Math.max(1, nanos))));
    }
    for (int i = 0; i < 10; i++) {
      base.cpuNanos(n);
      next.cpuNanos(n);
    }

    double[] ratios = new double[rounds];
    double[] baseOps = new double[rounds];
    double[] newOps = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long b;
      long x;
      if (r % 2 == 0) {
        b = base.cpuNanos(n);
        x = next.cpuNanos(n);
      } else {
        x = next.cpuNanos(n);
        b = base.cpuNanos(n);
      }
      ratios[r] = (double) x / b;
      baseOps[r] = n / (b / 1e9);
      newOps[r] = n / (x / 1e9);
    }
    double[] interval = bootstrapMedian(ratios, 10_000, new Random(42));
    System.out.printf(
        Locale.ROOT,
        "%s: %d rounds of %d calls each; ops per CPU second, median: base %.1f, new %.1f%n"
            + "CPU time new/base: median %.4f, 95%% interval [%.4f, %.4f]%n",
        twoMethods ? "base " + args[2] + ", new " + args[3] : args[2] + "." + args[3],
        rounds,
        n,
        median(baseOps),
        median(newOps),
        median(ratios),
        interval[0],
        interval[1]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  /** The 2.5th and 97.5th percentiles of the median over resamples. */
  private static double[] bootstrapMedian(double[] values, int resamples, Random random) {
    List<Double> medians = new ArrayList<>(resamples);
    double[] sample = new double[values.length];
    for (int i = 0; i < resamples; i++) {
      for (int j = 0; j < values.length; j++) {
        sample[j] = values[random.nextInt(values.length)];
      }
      medians.add(median(sample));
    }
    medians.sort(Double::compare);
    return new double[] {
      medians.get((int) (resamples * 0.025)), medians.get((int) (resamples * 0.975))
    };
  }
}
