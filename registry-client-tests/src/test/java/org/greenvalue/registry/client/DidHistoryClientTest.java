package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/** A DID's document versions through the client ({@code POST /dids/versions}, history). */
class DidHistoryClientTest {
  private final RegistryProcess registry = RegistryProcess.get();
  private final RegistryClient client =
      new RegistryClient(
          RegistryClientConfig.writer(registry.baseUrl(), "writer", "writer-secret"));

  private static String document(String did, String fragment) {
    String key = Multikey.encodePublic(SigningKey.generate(KeyType.ED25519).publicKey());
    return """
        {"@context":["https://www.w3.org/ns/did/v1","https://w3id.org/security/multikey/v1"],
         "id":"%1$s","verificationMethod":[{"id":"%1$s#%2$s","type":"Multikey",
         "controller":"%1$s","publicKeyMultibase":"%3$s"}],"assertionMethod":["%1$s#%2$s"]}"""
        .formatted(did, fragment, key);
  }

  @Test
  void registersARotationAndAKeyCompromiseAndReadsTheHistoryOldestFirst() {
    String org = "did-org-" + UUID.randomUUID();
    String did = "did:web:" + org + ".example";
    registry.admin().ensureOrganisation(org, List.of(did), "writer");
    Instant created = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Instant rotated = created.plus(1, ChronoUnit.DAYS);

    assertThat(client.didHistory(did)).isEmpty();
    DidVersion first =
        client.registerDidVersion(did, document(did, "k1"), DidChange.created(), created, 1);
    DidVersion retried =
        client.registerDidVersion(did, first.document(), DidChange.created(), created, 1);
    DidVersion second =
        client.registerDidVersion(
            did,
            document(did, "k2"),
            DidChange.compromised(did + "#k1", created.plusSeconds(3600)),
            rotated,
            2);

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.change()).isEqualTo(DidChange.created());
    assertThat(first.digest()).matches("sha256:[0-9a-f]{64}");
    assertThat(retried.digest()).isEqualTo(first.digest());
    assertThat(second.change().kind()).isEqualTo("KEY_COMPROMISED");
    assertThat(second.change().keyId()).contains(did + "#k1");
    assertThat(second.change().compromisedAt()).contains(created.plusSeconds(3600));
    List<DidVersion> history = client.didHistory(did).orElseThrow();
    assertThat(history).extracting(DidVersion::version).containsExactly(1, 2);
    assertThat(history.get(0).validFrom()).isEqualTo(created);
    assertThat(history.get(0).validUntil()).contains(rotated);
    assertThat(history.get(1).validUntil()).isEmpty();
    assertThat(history.get(1).document()).contains(did + "#k2");
  }

  @Test
  void aVersionForADidOfNoOrganisationOfTheCallerIsRefusedAndNothingIsRegistered() {
    String did = "did:web:stranger-" + UUID.randomUUID() + ".example";
    registry.admin().ensureOrganisation("stranger-" + UUID.randomUUID(), List.of(did), "reader");

    assertThatThrownBy(
            () ->
                client.registerDidVersion(
                    did, document(did, "k1"), DidChange.created(), Instant.now(), 1))
        .isInstanceOfSatisfying(
            RegistryException.Refused.class, e -> assertThat(e.problem().status()).isEqualTo(403));
    assertThat(client.didHistory(did)).isEmpty();
    assertThatThrownBy(
            () ->
                client.registerDidVersion(did, "{not json", DidChange.created(), Instant.now(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
