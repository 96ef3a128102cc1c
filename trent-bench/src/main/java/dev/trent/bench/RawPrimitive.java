package dev.trent.bench;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JCA's own throughput for the primitive behind an API operation, on this machine, in the
 * harness's JVM: the ceiling the API is compared with (issue: "the API reaches at least half the
 * raw primitive's rate"). One thread per core, each with its own keyed instance, signing or MACing
 * the benchmark's message in a loop: no HTTP, JSON, authentication, audit or key lookup.
 */
final class RawPrimitive {
  /** One operation on the calling thread's own instance. */
  interface Operation {
    void run() throws GeneralSecurityException;
  }

  /** Makes a thread's keyed instance. */
  interface Factory {
    Operation create() throws GeneralSecurityException;
  }

  /** A primitive by name, as the harness reports it. */
  record Primitive(String name, Factory factory) {}

  private RawPrimitive() {}

  /** The JCA primitive behind Sign or GenerateMac with {@code keySpec}, or null when there is none here. */
  static Primitive forKeySpec(String keySpec) throws GeneralSecurityException {
    return switch (keySpec) {
      case "ECC_NIST_P256" -> signature("SHA256withECDSA (P-256)", ecKeys("secp256r1"), "SHA256withECDSA",
          Workloads.SIGN_MESSAGE);
      case "RSA_2048" -> signature("SHA256withRSA (2048)", rsaKeys(2048), "SHA256withRSA", Workloads.SIGN_MESSAGE);
      case "HMAC_256" -> hmac(Workloads.MAC_MESSAGE);
      default -> null;
    };
  }

  /**
   * Operations per second over {@code duration}, after {@code warmup}, on {@code threads} threads.
   */
  static double opsPerSecond(Primitive primitive, int threads, Duration warmup, Duration duration)
      throws GeneralSecurityException, InterruptedException {
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      operations.add(primitive.factory().create());
    }
    LongAdder count = new LongAdder();
    AtomicBoolean counting = new AtomicBoolean();
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch finished = new CountDownLatch(threads);
    List<Thread> workers = new ArrayList<>();
    List<GeneralSecurityException> failures = new ArrayList<>();
    for (Operation op : operations) {
      Thread t = new Thread(() -> {
        try {
          while (running.get()) {
            op.run();
            if (counting.get()) {
              count.increment();
            }
          }
        } catch (GeneralSecurityException e) {
          synchronized (failures) {
            failures.add(e);
          }
        } finally {
          finished.countDown();
        }
      }, "raw-" + primitive.name());
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
    Thread.sleep(warmup.toMillis());
    long started = System.nanoTime();
    counting.set(true);
    Thread.sleep(duration.toMillis());
    counting.set(false);
    double seconds = (System.nanoTime() - started) / 1e9;
    running.set(false);
    finished.await();
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return count.sum() / seconds;
  }

  private static Primitive signature(String name, KeyPair keys, String algorithm, byte[] message) {
    return new Primitive(name, () -> {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(keys.getPrivate());
      return () -> {
        signer.update(message);
        signer.sign();
      };
    });
  }

  private static Primitive hmac(byte[] message) {
    byte[] key = Workloads.bytes(32, 7);
    return new Primitive("HmacSHA256", () -> {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return () -> mac.doFinal(message);
    });
  }

  private static KeyPair ecKeys(String curve) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec(curve));
    return generator.generateKeyPair();
  }

  private static KeyPair rsaKeys(int bits) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    return generator.generateKeyPair();
  }
}
