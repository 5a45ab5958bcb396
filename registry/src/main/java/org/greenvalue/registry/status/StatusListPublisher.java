package org.greenvalue.registry.status;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.status.BitstringStatusList;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.registry.keys.RegistryKeys;
import org.greenvalue.registry.status.StatusListRepository.ListRow;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/**
 * Serves each list as a {@code BitstringStatusListCredential} signed by the registry ({@code
 * eddsa-rdfc-2022}). A read checks the list's version (one indexed query); when the list changed
 * since it was last signed, it is signed again and stored, so a change is visible on the very next
 * read. Signed lists are kept in memory by version as well.
 */
@Service
class StatusListPublisher {
  private final StatusListRepository repository;
  private final RegistryKeys keys;
  private final StatusListProperties properties;
  private final Clock clock;
  private final Map<Long, SignedList> cache = new ConcurrentHashMap<>();

  StatusListPublisher(
      StatusListRepository repository,
      RegistryKeys keys,
      StatusListProperties properties,
      Clock clock) {
    this.repository = repository;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  SignedList current(StatusPurpose purpose, long listId, URI baseUrl) {
    ListRow list =
        repository
            .find(purpose.wireName(), listId)
            .orElseThrow(
                () ->
                    Problem.notFound(
                        "unknown-status-list", "no " + purpose.wireName() + " list " + listId));
    SignedList cached = cache.get(listId);
    if (cached != null && cached.version() == list.version()) {
      return cached;
    }
    SignedList signed =
        repository
            .signed(listId)
            .filter(s -> s.version() == list.version())
            .orElseGet(() -> sign(purpose, list, baseUrl));
    cache.merge(listId, signed, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    return signed;
  }

  private SignedList sign(StatusPurpose purpose, ListRow list, URI baseUrl) {
    BitstringStatusList bits = BitstringStatusList.create(list.size(), list.shape().statusSize());
    repository.setEntries(list.id()).forEach(e -> bits.set(e.index(), e.status()));
    URI url = StatusListUrls.of(baseUrl, purpose.wireName(), list.id());
    JsonObject subject =
        BitstringStatusListSubject.of(url + "#list", purpose, bits)
            .withTtl(properties.maxAge())
            .toJson();
    JsonObject credential =
        VerifiableCredential.builder()
            .id(url.toString())
            .type("BitstringStatusListCredential")
            .issuer(keys.did())
            .validFrom(clock.instant())
            .credentialSubject(subject)
            .build()
            .json();
    String secured =
        keys.signer()
            .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
            .orElseThrow(reason -> new IllegalStateException("cannot sign status list: " + reason));
    SignedList signed = new SignedList(list.version(), secured, etag(secured));
    repository.saveSigned(list.id(), signed, clock.instant());
    return signed;
  }

  private static String etag(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
