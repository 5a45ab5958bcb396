package org.greenvalue.issuer.orgs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.service.keys.EnvelopeCipher;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Organisations, their keys and DID documents. A did:web organisation has the key types chosen at
 * creation (an Ed25519 and a P-256 key by default); a did:key organisation one key, Ed25519 or
 * ECDSA, which is its DID. Secrets are sealed under the master key at rest and opened into memory
 * on first use.
 */
@Service
public class Organisations {
  private final OrganisationRepository repository;
  private final EnvelopeCipher cipher;
  private final DidWebProperties didWeb;
  private final DidRegistrations registrations;
  private final Clock clock;
  private final Map<String, SigningKey> opened = new ConcurrentHashMap<>();
  // Organisations never change once created; active keys change only by rotation (here).
  private final Map<String, Organisation> byId = new ConcurrentHashMap<>();
  private final Map<String, Organisation> byDid = new ConcurrentHashMap<>();
  // Opened signers by key id. Which key is active is read at each use: another instance of the
  // issuer on the same database may have rotated it.
  private final Map<String, CredentialSigner> signers = new ConcurrentHashMap<>();

  Organisations(
      OrganisationRepository repository,
      EnvelopeCipher cipher,
      DidWebProperties didWeb,
      DidRegistrations registrations,
      Clock clock) {
    this.repository = repository;
    this.cipher = cipher;
    this.didWeb = didWeb;
    this.registrations = registrations;
    this.clock = clock;
  }

  @Transactional
  public Organisation create(
      String id, String name, String didMethod, List<KeyType> keyTypes, List<String> clients) {
    List<KeyType> types = OrganisationKeyTypes.chosen(didMethod, keyTypes);
    List<SigningKey> keys = types.stream().map(SigningKey::generate).toList();
    String did =
        "key".equals(didMethod)
            ? DidKeyResolver.didFor(keys.get(0).publicKey())
            : "did:web:" + didWeb.host() + ":" + id;
    Organisation org = new Organisation(id, name, did, didMethod, clients, clock.instant());
    if (!repository.insert(org)) {
      throw Problem.conflict(
          "organisation-exists", "an organisation with id '" + id + "' already exists");
    }
    keys.forEach(key -> store(org, key));
    if ("web".equals(didMethod)) {
      register(org, "CREATED", Optional.empty(), Optional.empty(), org.createdAt());
    }
    return org;
  }

  /** The types of the organisation's active keys. */
  public Set<KeyType> keyTypes(Organisation org) {
    return repository.keys(org.id()).stream()
        .filter(k -> k.active() && k.compromisedAt().isEmpty())
        .map(OrgKey::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(KeyType.class)));
  }

  /** A new active key of {@code type}; the old one stays in the DID document. */
  @Transactional
  public String rotate(String orgId, KeyType type) {
    Organisation org = require(orgId);
    if (!"web".equals(org.didMethod())) {
      throw Problem.conflict(
          "rotation-unsupported", "a did:key organisation's key is its identifier");
    }
    repository.deactivate(orgId, type);
    String id = store(org, SigningKey.generate(type));
    forgetSignersNowAndAfterCommit(orgId);
    register(org, "ROTATED", Optional.empty(), Optional.empty(), clock.instant());
    return id;
  }

  /**
   * Revokes a key for compromise: it is no longer used for signing and leaves the DID document; if
   * it was the active key of its type, a new key of that type replaces it. The change is registered
   * with the registry, whose DID history keeps credentials anchored before {@code compromisedAt}
   * valid.
   *
   * @param keyRef the key's verification method id, or its fragment (the part after {@code #})
   * @return the compromised key's id
   */
  @Transactional
  public String compromise(String orgId, String keyRef, Instant compromisedAt) {
    Organisation org = require(orgId);
    if (!"web".equals(org.didMethod())) {
      throw Problem.conflict(
          "compromise-unsupported", "a did:key organisation's key is its identifier");
    }
    Instant now = clock.instant();
    if (compromisedAt.isAfter(now)) {
      throw Problem.invalid("invalid-compromise-time", compromisedAt + " is in the future");
    }
    OrgKey key =
        repository.keys(orgId).stream()
            .filter(k -> k.id().equals(keyRef) || k.id().endsWith("#" + keyRef))
            .findFirst()
            .orElseThrow(() -> Problem.notFound("unknown-key", orgId + " has no key " + keyRef));
    if (key.compromisedAt().isPresent()) {
      throw Problem.conflict(
          "key-already-compromised",
          key.id() + " was revoked for compromise at " + key.compromisedAt().get());
    }
    repository.compromise(key.id(), compromisedAt);
    if (key.active()) {
      store(org, SigningKey.generate(key.type()));
    }
    forgetSignersNowAndAfterCommit(orgId);
    register(org, "KEY_COMPROMISED", Optional.of(key.id()), Optional.of(compromisedAt), now);
    return key.id();
  }

  /**
   * Registers the document as it now is. The version takes effect from the start of the current
   * second: a credential states its issuance in whole seconds ({@code validFrom}, a proof's {@code
   * created}), so one signed with the new key within the same second would otherwise claim a time
   * before the version that holds its key. A version revoking a key takes effect no earlier than
   * the compromise it records.
   */
  private void register(
      Organisation org,
      String kind,
      Optional<String> keyId,
      Optional<Instant> compromisedAt,
      Instant now) {
    Instant validFrom = now.truncatedTo(ChronoUnit.SECONDS);
    if (compromisedAt.isPresent() && compromisedAt.get().isAfter(validFrom)) {
      validFrom = compromisedAt.get();
    }
    registrations.enqueue(
        org.id(),
        org.did(),
        JsonDocuments.write(didDocument(org).toJson()),
        kind,
        keyId,
        compromisedAt,
        validFrom);
  }

  private void forgetSignersNowAndAfterCommit(String orgId) {
    forgetSigners(orgId);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            forgetSigners(orgId);
          }
        });
  }

  public Organisation require(String orgId) {
    Organisation cached = byId.get(orgId);
    if (cached != null) {
      return cached;
    }
    Organisation org =
        repository
            .find(orgId)
            .orElseThrow(
                () -> Problem.notFound("unknown-organisation", "no organisation " + orgId));
    byId.put(orgId, org);
    return org;
  }

  public Optional<Organisation> byDid(String did) {
    Organisation cached = byDid.get(did);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Organisation> org = repository.findByDid(did);
    org.ifPresent(o -> byDid.put(did, o));
    return org;
  }

  /** The organisation, if {@code clientId} may act for it; 403 otherwise, 404 if unknown. */
  public Organisation requireMember(String orgId, String clientId) {
    Organisation org = require(orgId);
    if (!org.allows(clientId)) {
      throw new Problem(
          HttpStatus.FORBIDDEN,
          "not-a-member",
          "Forbidden",
          "client " + clientId + " may not act for organisation " + orgId);
    }
    return org;
  }

  /** The ids of the organisations {@code clientId} may act for, sorted. */
  public List<String> memberships(String clientId) {
    return repository.idsWithClient(clientId);
  }

  /**
   * A signer with the organisation's active key of {@code type}, as the database has it now (a key
   * rotated by another instance is used at once); only the opened key is cached.
   */
  public Optional<CredentialSigner> signer(Organisation org, KeyType type) {
    return repository
        .activeKey(org.id(), type)
        .map(
            key ->
                signers.computeIfAbsent(
                    key.id(), id -> new CredentialSigner(open(key), id, clock)));
  }

  /**
   * Every key the organisation ever had except those revoked for compromise, all authorised for
   * assertions and authentication.
   */
  public DidDocument didDocument(Organisation org) {
    List<OrgKey> keys =
        repository.keys(org.id()).stream().filter(k -> k.compromisedAt().isEmpty()).toList();
    List<VerificationMethod> methods =
        keys.stream()
            .map(
                k ->
                    VerificationMethod.multikey(
                        k.id(), org.did(), Multikey.decodePublic(k.publicMultikey()).value()))
            .toList();
    Set<String> ids = keys.stream().map(OrgKey::id).collect(Collectors.toSet());
    Map<VerificationRelationship, Set<String>> relationships =
        new EnumMap<>(VerificationRelationship.class);
    relationships.put(VerificationRelationship.ASSERTION_METHOD, ids);
    relationships.put(VerificationRelationship.AUTHENTICATION, ids);
    return new DidDocument(org.did(), methods, relationships);
  }

  public List<KeyView> keys(String orgId) {
    return repository.keys(orgId).stream()
        .map(
            k ->
                new KeyView(
                    k.id(),
                    k.type().name(),
                    k.active(),
                    k.createdAt(),
                    k.compromisedAt().orElse(null)))
        .toList();
  }

  private void forgetSigners(String orgId) {
    Organisation org = require(orgId);
    signers.keySet().removeIf(keyId -> keyId.startsWith(org.did()));
  }

  private String store(Organisation org, SigningKey key) {
    String multikey = Multikey.encodePublic(key.publicKey());
    String id =
        "key".equals(org.didMethod())
            ? DidKeyResolver.methodFor(key.publicKey())
            : org.did() + "#" + multikey;
    try {
      repository.insertKey(
          new OrgKey(
              id,
              org.id(),
              key.type(),
              multikey,
              cipher.seal(key.secret(), id.getBytes(StandardCharsets.UTF_8)),
              true,
              clock.instant(),
              Optional.empty()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a new key", e);
    }
    return id;
  }

  private SigningKey open(OrgKey key) {
    return opened.computeIfAbsent(
        key.id(),
        id -> {
          try {
            return SigningKey.of(
                key.type(), cipher.open(key.sealed(), id.getBytes(StandardCharsets.UTF_8)));
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed key " + id + " does not open", e);
          }
        });
  }

  /** A key as shown over the API: never its secret. */
  public record KeyView(
      String id, String type, boolean active, Instant createdAt, Instant compromisedAt) {}
}
