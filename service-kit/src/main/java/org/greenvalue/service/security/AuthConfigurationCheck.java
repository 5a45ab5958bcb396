package org.greenvalue.service.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start a service whose callers cannot be authenticated safely: neither clients of the
 * embedded server nor an external issuer, an external issuer without an audience, or (outside the
 * {@code dev} profile) any {@code …secret} property holding one of the {@link DemoSecrets}.
 */
final class AuthConfigurationCheck {

  private AuthConfigurationCheck() {}

  /** The check passed; beans that must not exist otherwise depend on it. */
  record Passed() {}

  /**
   * @throws IllegalStateException naming every problem found
   */
  static Passed verify(AuthProperties auth, Environment environment, Set<String> demoSecrets) {
    List<String> problems = new ArrayList<>();
    boolean external = auth.issuerUri() != null;
    if (external && (auth.audience() == null || auth.audience().isBlank())) {
      problems.add("gvr.auth.issuer-uri is set but gvr.auth.audience is not");
    }
    if (!external && (!auth.embedded().enabled() || auth.embedded().clients().isEmpty())) {
      problems.add(
          "no caller can be authenticated: configure gvr.auth.embedded.clients or an external"
              + " issuer (gvr.auth.issuer-uri and gvr.auth.audience); the demo clients are in the"
              + " 'dev' profile only");
    }
    boolean dev = Arrays.asList(environment.getActiveProfiles()).contains(DemoSecrets.PROFILE);
    if (!dev) {
      Set<String> offending = new TreeSet<>();
      for (int i = 0; i < auth.embedded().clients().size(); i++) {
        if (demoSecrets.contains(auth.embedded().clients().get(i).secret())) {
          offending.add("gvr.auth.embedded.clients[" + i + "].secret");
        }
      }
      if (environment instanceof ConfigurableEnvironment configurable) {
        for (PropertySource<?> source : configurable.getPropertySources()) {
          if (source instanceof EnumerablePropertySource<?> names) {
            for (String name : names.getPropertyNames()) {
              if (DemoSecrets.isSecretName(name)
                  && demoSecrets.contains(resolved(environment, source, name))) {
                offending.add(name);
              }
            }
          }
        }
      }
      if (!offending.isEmpty()) {
        problems.add(
            "outside the 'dev' profile, these properties hold a published demo secret: "
                + String.join(", ", offending)
                + "; give every client its own secret");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("refusing to start: " + String.join("; ", problems) + ".");
    }
    return new Passed();
  }

  private static String resolved(Environment environment, PropertySource<?> source, String name) {
    try {
      String value = environment.getProperty(name);
      return value != null ? value : String.valueOf(source.getProperty(name));
    } catch (RuntimeException unresolvable) {
      return String.valueOf(source.getProperty(name));
    }
  }
}
