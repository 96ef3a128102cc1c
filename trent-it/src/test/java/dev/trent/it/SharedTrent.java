package dev.trent.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * One dev-auth Trent for a whole test class: before the first test it starts the server and fills
 * the class's static {@link TrentFixture} and {@link KmsClient} fields; after the last test it
 * closes both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SharedTrent.Extension.class)
@interface SharedTrent {
  /** Starts and stops the server of a {@link SharedTrent} class. */
  final class Extension implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
      TrentFixture trent = TrentFixture.dev();
      KmsClient kms = trent.client();
      context.getStore(ExtensionContext.Namespace.GLOBAL).put(key(context), new Running(trent, kms));
      for (Field f : context.getRequiredTestClass().getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        if (f.getType() == TrentFixture.class) {
          f.setAccessible(true);
          f.set(null, trent);
        } else if (f.getType() == KmsClient.class) {
          f.setAccessible(true);
          f.set(null, kms);
        }
      }
    }

    @Override
    public void afterAll(ExtensionContext context) {
      Running running = context.getStore(ExtensionContext.Namespace.GLOBAL)
          .remove(key(context), Running.class);
      if (running != null) {
        running.kms().close();
        running.trent().close();
      }
    }

    private static String key(ExtensionContext context) {
      return SharedTrent.class.getName() + "/" + context.getRequiredTestClass().getName();
    }

    private record Running(TrentFixture trent, KmsClient kms) {}
  }
}
