package org.greenvalue.credentials.securing;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an ecdsa-sd-2023 credential always reveals: besides {@code id} and {@code type} (kept by
 * every selection), its issuer, validity period and status entries, so that any disclosure can be
 * checked for who issued it, when it holds and whether it was revoked.
 */
public final class SelectiveDisclosure {

  private SelectiveDisclosure() {}

  /** The pointers of {@link #mandatory} that the credential has. */
  public static List<String> defaultPointers(JsonObject credential) {
    var pointers = new ArrayList<String>();
    for (String member : List.of("issuer", "validFrom", "validUntil", "credentialStatus")) {
      if (credential.containsKey(member)) {
        pointers.add("/" + member);
      }
    }
    return pointers;
  }

  /** The default pointers, then the requested ones not already among them. */
  public static List<String> mandatory(JsonObject credential, List<String> requested) {
    var all = new LinkedHashSet<>(defaultPointers(credential));
    all.addAll(requested);
    return List.copyOf(all);
  }
}
