package org.greenvalue.issuer.orgs;

import java.util.EnumSet;
import java.util.List;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.service.problem.Problem;

/**
 * The key types a new organisation holds: a did:key is one public key, so exactly one type (Ed25519
 * unless asked otherwise); a did:web document lists any number, Ed25519 and P-256 unless asked
 * otherwise. A type named twice is a 400.
 */
final class OrganisationKeyTypes {

  private OrganisationKeyTypes() {}

  static List<KeyType> chosen(String didMethod, List<KeyType> requested) {
    boolean didKey = "key".equals(didMethod);
    if (requested == null || requested.isEmpty()) {
      return didKey ? List.of(KeyType.ED25519) : List.of(KeyType.ED25519, KeyType.P256);
    }
    if (EnumSet.copyOf(requested).size() != requested.size()) {
      throw Problem.badRequest("duplicate-key-type", "keyTypes names a key type twice");
    }
    if (didKey && requested.size() != 1) {
      throw Problem.badRequest(
          "one-key-for-did-key", "a did:key organisation holds exactly one key: its DID");
    }
    return List.copyOf(requested);
  }
}
