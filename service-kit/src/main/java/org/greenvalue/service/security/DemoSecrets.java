package org.greenvalue.service.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.UrlResource;

/**
 * The secrets everyone knows: every value of a {@code …secret} property in a {@code dev} profile
 * file ({@code application-dev.yml}, {@code .yaml} or {@code .properties}) on the class path. A
 * service outside the dev profile refuses to run with any of them.
 */
final class DemoSecrets {

  static final String PROFILE = "dev";
  private static final List<String> FILES =
      List.of("application-dev.yml", "application-dev.yaml", "application-dev.properties");

  private DemoSecrets() {}

  /** Whether a property name is a secret's: its last segment ends with {@code secret}. */
  static boolean isSecretName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int end = lower.length();
    while (end > 0 && (lower.charAt(end - 1) == ']' || Character.isDigit(lower.charAt(end - 1)))) {
      end--;
    }
    return lower.substring(0, end).endsWith("secret");
  }

  /** The secret values of the dev profile files visible to {@code classLoader}. */
  static Set<String> load(ClassLoader classLoader) {
    Set<String> secrets = new HashSet<>();
    for (String file : FILES) {
      PropertySourceLoader loader =
          file.endsWith(".properties")
              ? new PropertiesPropertySourceLoader()
              : new YamlPropertySourceLoader();
      try {
        for (URL url : Collections.list(classLoader.getResources(file))) {
          for (PropertySource<?> source : loader.load(file, new UrlResource(url))) {
            if (source instanceof EnumerablePropertySource<?> names) {
              for (String name : names.getPropertyNames()) {
                Object value = source.getProperty(name);
                if (isSecretName(name) && value != null && !value.toString().isBlank()) {
                  secrets.add(value.toString());
                }
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return Set.copyOf(secrets);
  }
}
