package org.greenvalue.credentials.dataintegrity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSd2023;

/** The cryptosuites a verifier accepts, by name. */
public final class Cryptosuites {

  private static final Cryptosuites STANDARD =
      of(new EddsaRdfc2022(), new EddsaJcs2022(), new EcdsaRdfc2019(), new EcdsaSd2023());

  private final Map<String, Cryptosuite> byName;

  private Cryptosuites(Map<String, Cryptosuite> byName) {
    this.byName = Map.copyOf(byName);
  }

  /**
   * {@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019} and {@code
   * ecdsa-sd-2023} (derived proofs only).
   */
  public static Cryptosuites standard() {
    return STANDARD;
  }

  public static Cryptosuites of(Cryptosuite... suites) {
    var map = new LinkedHashMap<String, Cryptosuite>();
    for (Cryptosuite suite : suites) {
      if (map.put(suite.name(), suite) != null) {
        throw new IllegalArgumentException("cryptosuite registered twice: " + suite.name());
      }
    }
    return new Cryptosuites(map);
  }

  public Optional<Cryptosuite> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  public Set<String> names() {
    return byName.keySet();
  }
}
