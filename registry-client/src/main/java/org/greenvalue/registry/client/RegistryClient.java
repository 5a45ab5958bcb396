package org.greenvalue.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The registry's HTTP API as typed calls: status list entries, anchors and trust queries; and, for
 * callers that check what the registry says themselves, its JSON documents as sent ({@link
 * #readJson}). Tokens come from the registry's own authorization server and are reused until they
 * expire. Writes carry an {@code Idempotency-Key}, so a caller can retry one safely with the same
 * key. A 4xx problem becomes {@link RegistryException.Refused}, an unreachable or failing registry
 * {@link RegistryException.Unavailable}. Thread-safe.
 */
public final class RegistryClient {
  private static final Pattern DIGEST = Pattern.compile("^sha256:[0-9a-f]{64}$");

  /** The most entries {@link #allocateStatuses} allocates in one call. */
  public static final int MAX_BATCH = 1000;

  private static final Pattern PURPOSE = Pattern.compile("^(revocation|suspension|message)$");

  private final RegistryClientConfig config;
  private final Transport transport;
  private final TokenSource tokens;

  public RegistryClient(RegistryClientConfig config) {
    this(config, Clock.systemUTC());
  }

  public RegistryClient(RegistryClientConfig config, Clock clock) {
    this.config = config;
    this.transport =
        new Transport(
            HttpClient.newBuilder().connectTimeout(config.timeout()).build(),
            config.maxResponseBytes());
    this.tokens = new TokenSource(config, transport, clock);
  }

  /** Allocates an entry in a {@code revocation} or {@code suspension} list for one credential. */
  public StatusEntry allocateStatus(String purpose, String issuerDid, String idempotencyKey) {
    return allocateStatus(purpose, issuerDid, null, idempotencyKey);
  }

  /**
   * As {@link #allocateStatus(String, String, String)}, for the registry organisation {@code
   * organisation} (the one registered with {@code issuerDid}; null lets the registry find it).
   */
  public StatusEntry allocateStatus(
      String purpose, String issuerDid, String organisation, String idempotencyKey) {
    requirePurpose(purpose);
    ObjectNode body = Transport.JSON.createObjectNode().put("issuer", issuerDid);
    if (organisation != null) {
      body.put("organisation", organisation);
    }
    return statusEntry(
        write("POST", "/status-lists/" + purpose + "/entries", body, idempotencyKey, 201));
  }

  /**
   * Allocates {@code count} (1 to {@value #MAX_BATCH}) entries in one call and one registry
   * transaction: all of them or none.
   */
  public List<StatusEntry> allocateStatuses(
      String purpose, String issuerDid, int count, String idempotencyKey) {
    return allocateStatuses(purpose, issuerDid, null, count, idempotencyKey);
  }

  /** As {@link #allocateStatuses(String, String, int, String)}, for {@code organisation}. */
  public List<StatusEntry> allocateStatuses(
      String purpose, String issuerDid, String organisation, int count, String idempotencyKey) {
    requirePurpose(purpose);
    if (count < 1 || count > MAX_BATCH) {
      throw new IllegalArgumentException("count must be 1.." + MAX_BATCH);
    }
    ObjectNode body =
        Transport.JSON.createObjectNode().put("issuer", issuerDid).put("count", count);
    if (organisation != null) {
      body.put("organisation", organisation);
    }
    JsonNode reply =
        write("POST", "/status-lists/" + purpose + "/entries/batch", body, idempotencyKey, 201);
    List<StatusEntry> entries = new ArrayList<>(count);
    reply.path("entries").forEach(entry -> entries.add(statusEntry(entry)));
    if (entries.size() != count) {
      throw new IllegalStateException(
          "the registry answered " + entries.size() + " entries for " + count);
    }
    return entries;
  }

  private static StatusEntry statusEntry(JsonNode entry) {
    URI list = URI.create(entry.path("statusListCredential").asText());
    String path = list.getPath();
    return new StatusEntry(
        entry.toString(),
        entry.path("statusPurpose").asText(),
        Long.parseLong(path.substring(path.lastIndexOf('/') + 1)),
        Integer.parseInt(entry.path("statusListIndex").asText()),
        list);
  }

  /** Sets ({@code set=true}: revoked or suspended) or clears an entry. */
  public StatusState setStatus(
      String purpose, long listId, int index, boolean set, String reason, String idempotencyKey) {
    return changeStatus(
        purpose,
        listId,
        index,
        Transport.JSON.createObjectNode().put("set", set),
        reason,
        idempotencyKey);
  }

  /** Sets an entry to {@code value} (it must fit the list's statusSize; a message list's value). */
  public StatusState setStatusValue(
      String purpose, long listId, int index, int value, String reason, String idempotencyKey) {
    return changeStatus(
        purpose,
        listId,
        index,
        Transport.JSON.createObjectNode().put("status", "0x" + Integer.toHexString(value)),
        reason,
        idempotencyKey);
  }

  private StatusState changeStatus(
      String purpose,
      long listId,
      int index,
      ObjectNode body,
      String reason,
      String idempotencyKey) {
    requirePurpose(purpose);
    if (reason != null) {
      body.put("reason", reason);
    }
    JsonNode state =
        write(
            "PUT",
            "/status-lists/" + purpose + "/" + listId + "/entries/" + index,
            body,
            idempotencyKey,
            200);
    return new StatusState(
        state.path("listId").asLong(),
        state.path("index").asInt(),
        state.path("statusPurpose").asText(),
        state.path("issuer").asText(),
        state.path("set").asBoolean(),
        state.path("status").asText(null),
        state.path("statusMessage").asText(null),
        state.path("listVersion").asLong());
  }

  /**
   * Allocates an entry of a {@code message} list for one credential: {@code statusSize} bits, and
   * {@code statusMessage} (a JSON array of {@code {status, message}}, one per value).
   */
  public StatusEntry allocateMessageStatus(
      String issuerDid,
      String organisation,
      int statusSize,
      String statusMessage,
      String idempotencyKey) {
    ObjectNode body =
        Transport.JSON.createObjectNode().put("issuer", issuerDid).put("statusSize", statusSize);
    if (organisation != null) {
      body.put("organisation", organisation);
    }
    try {
      body.set("statusMessage", Transport.JSON.readTree(statusMessage));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("statusMessage is not JSON", e);
    }
    return statusEntry(write("POST", "/status-lists/message/entries", body, idempotencyKey, 201));
  }

  /**
   * An allocated entry, when the caller acts for its organisation; empty when the list or the index
   * was never allocated. A 403 (another organisation's entry) is a {@link
   * RegistryException.Refused}.
   */
  public Optional<AllocatedStatus> statusEntry(String purpose, long listId, int index) {
    requirePurpose(purpose);
    Transport.Reply reply =
        authorized(get("/status-lists/" + purpose + "/" + listId + "/entries/" + index));
    if (reply.status() == 404) {
      return Optional.empty();
    }
    JsonNode entry = expect(reply, 200);
    return Optional.of(
        new AllocatedStatus(
            entry.path("organisation").asText(null),
            entry.path("issuer").asText(),
            entry.path("credentialStatus").toString(),
            entry.path("status").asText()));
  }

  /**
   * A revocation or suspension list as its public status list credential holds it now; empty when
   * the registry has no such list.
   */
  public Optional<PublishedStatusList> statusList(String purpose, long listId) {
    requirePurpose(purpose);
    if (purpose.equals("message")) {
      throw new IllegalArgumentException("a message list's entries are read one by one");
    }
    Transport.Reply reply =
        transport.send(
            get("/status-lists/" + purpose + "/" + listId)
                .header("Accept", "application/json")
                .build());
    if (reply.status() == 404) {
      return Optional.empty();
    }
    JsonNode encoded = expect(reply, 200).path("credentialSubject").path("encodedList");
    if (!encoded.isTextual()) {
      throw new RegistryException.Unavailable(
          new RegistryProblem(200, null, "Unreadable status list", "no encodedList"), null);
    }
    return Optional.of(new PublishedStatusList(purpose, listId, encoded.asText()));
  }

  /**
   * Hands a digest to the registry's anchoring outbox. Submitting the same digest again is harmless
   * (the registry answers 200 with its current state).
   */
  public Anchor submitAnchor(String digest) {
    requireDigest(digest);
    ObjectNode body = Transport.JSON.createObjectNode().put("digest", digest);
    return anchor(write("POST", "/anchors", body, "anchor-" + digest, 202, 200));
  }

  /**
   * Submits up to {@value #MAX_BATCH} digests in one request, durable at the registry on return:
   * each digest's state, in the order given ({@code PENDING} for those new). Safe to repeat: a
   * digest submitted before is answered with its state.
   */
  public List<Anchor> submitAnchors(List<String> digests) {
    return anchors(post("/anchors/batch", digestBatch(digests)));
  }

  /**
   * The states of up to {@value #MAX_BATCH} digests in one request, receipts included once
   * anchored; digests the registry has never seen are left out.
   */
  public List<Anchor> anchors(List<String> digests) {
    return anchors(post("/anchors/lookup", digestBatch(digests)));
  }

  /** A POST the registry answers the same way however often it is sent: no idempotency key. */
  private JsonNode post(String path, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return expect(authorized(request), 200);
  }

  private static ObjectNode digestBatch(List<String> digests) {
    if (digests.isEmpty() || digests.size() > MAX_BATCH) {
      throw new IllegalArgumentException("a batch holds 1.." + MAX_BATCH + " digests");
    }
    digests.forEach(RegistryClient::requireDigest);
    ObjectNode body = Transport.JSON.createObjectNode();
    digests.forEach(body.putArray("digests")::add);
    return body;
  }

  private static List<Anchor> anchors(JsonNode reply) {
    List<Anchor> anchors = new ArrayList<>();
    reply.path("anchors").forEach(a -> anchors.add(anchor(a)));
    return anchors;
  }

  /** The anchoring state of a digest; empty when the registry has never seen it. */
  public Optional<Anchor> anchor(String digest) {
    requireDigest(digest);
    Transport.Reply reply = authorized(get("/anchors/" + digest));
    if (reply.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(anchor(expect(reply, 200)));
  }

  /** The organisation registered with {@code did}; empty when none is. */
  public Optional<OrganisationView> organisationOfDid(String did) {
    Transport.Reply reply = authorized(get("/organisations?did=" + encode(did)));
    if (reply.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(organisation(expect(reply, 200)));
  }

  /**
   * Registers an organisation with its DIDs and member clients (the caller must be the trust
   * authority, scope {@code trust.authority}).
   */
  public OrganisationView registerOrganisation(
      String id, String name, List<String> dids, List<String> clients, String idempotencyKey) {
    ObjectNode body = Transport.JSON.createObjectNode().put("id", id).put("name", name);
    dids.forEach(body.putArray("dids")::add);
    clients.forEach(body.putArray("clients")::add);
    return organisation(write("POST", "/organisations", body, idempotencyKey, 201));
  }

  private static OrganisationView organisation(JsonNode json) {
    List<String> dids = new ArrayList<>();
    json.path("dids").forEach(d -> dids.add(d.asText()));
    List<String> clients = new ArrayList<>();
    json.path("clients").forEach(c -> clients.add(c.asText()));
    return new OrganisationView(
        json.path("id").asText(), json.path("name").asText(), dids, clients);
  }

  /** Whether {@code did} is (or was, at {@code at}) trusted for {@code credentialType}. */
  public TrustAnswer trust(String did, String credentialType, Instant at) {
    StringBuilder path =
        new StringBuilder("/trust?did=")
            .append(encode(did))
            .append("&type=")
            .append(encode(credentialType));
    if (at != null) {
      path.append("&at=").append(encode(at.toString()));
    }
    JsonNode json = expect(authorized(get(path.toString())), 200);
    JsonNode onChain = json.path("onChain");
    return new TrustAnswer(
        json.path("did").asText(),
        json.path("credentialType").asText(),
        Instant.parse(json.path("at").asText()),
        json.path("trusted").asBoolean(),
        json.path("reason").asText(),
        onChain.isBoolean() ? Optional.of(onChain.asBoolean()) : Optional.empty());
  }

  /**
   * Registers the next version of a DID document ({@code POST /dids/versions}): 201 when new, 200
   * when it is a retry of the version already registered under that number.
   *
   * @param documentJson the DID document; its {@code id} must be {@code did}
   * @param validFrom when the document took effect
   * @param version the version number this is expected to get (1 for the creation)
   */
  public DidVersion registerDidVersion(
      String did, String documentJson, DidChange change, Instant validFrom, int version) {
    ObjectNode body = Transport.JSON.createObjectNode().put("did", did);
    try {
      body.set("document", Transport.JSON.readTree(documentJson));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the DID document is not JSON", e);
    }
    ObjectNode changeJson = body.putObject("change").put("kind", change.kind());
    change.keyId().ifPresent(k -> changeJson.put("keyId", k));
    change.compromisedAt().ifPresent(c -> changeJson.put("compromisedAt", c.toString()));
    body.put("validFrom", validFrom.toString()).put("version", version);
    return didVersion(
        write("POST", "/dids/versions", body, "did-" + did + "-" + version, 201, 200));
  }

  /** A DID's registered document versions, oldest first; empty when it has none. */
  public Optional<List<DidVersion>> didHistory(String did) {
    Transport.Reply reply = authorized(get("/dids/history?did=" + encode(did)));
    if (reply.status() == 404) {
      return Optional.empty();
    }
    List<DidVersion> versions = new ArrayList<>();
    expect(reply, 200).path("versions").forEach(v -> versions.add(didVersion(v)));
    return Optional.of(versions);
  }

  private static DidVersion didVersion(JsonNode json) {
    JsonNode change = json.path("change");
    JsonNode until = json.path("validUntil");
    JsonNode receipt = json.path("anchorReceipt");
    return new DidVersion(
        json.path("did").asText(),
        json.path("version").asInt(),
        Instant.parse(json.path("validFrom").asText()),
        until.isTextual() ? Optional.of(Instant.parse(until.asText())) : Optional.empty(),
        json.path("document").toString(),
        new DidChange(
            change.path("kind").asText(),
            change.path("keyId").isTextual()
                ? Optional.of(change.path("keyId").asText())
                : Optional.empty(),
            change.path("compromisedAt").isTextual()
                ? Optional.of(Instant.parse(change.path("compromisedAt").asText()))
                : Optional.empty()),
        json.path("digest").asText(),
        receipt.isMissingNode() || receipt.isNull()
            ? Optional.empty()
            : Optional.of(receipt.toString()));
  }

  /**
   * Records that the downstream credential {@code credentialId} relies on {@code quantity} tCO2e of
   * an allocation of the caller's organisation. Idempotent: the same claim again returns the same
   * allocation; the same credential with another quantity is refused ({@code claim-conflict}), as
   * is more than the allocation has unclaimed ({@code insufficient-quantity}).
   *
   * @param allocationId the allocation's UUID, with or without the {@code urn:uuid:} prefix
   * @throws RegistryException.Refused with the registry's problem (404 unknown, 403 another
   *     organisation's allocation, 409 over the allocation or a conflicting claim)
   */
  public AllocationView claimAllocation(
      String allocationId, String credentialId, BigDecimal quantity) {
    String id = uuid(allocationId);
    ObjectNode body =
        Transport.JSON
            .createObjectNode()
            .put("credentialId", credentialId)
            .put("quantity", quantity.toPlainString());
    String key =
        "claim-"
            + id
            + "-"
            + UUID.nameUUIDFromBytes(
                (credentialId + "\n" + quantity.stripTrailingZeros().toPlainString())
                    .getBytes(StandardCharsets.UTF_8));
    return allocationView(write("POST", "/allocations/" + id + "/claims", body, key, 201, 200));
  }

  /** The allocation with its current totals and claims; empty when there is none. */
  public Optional<AllocationView> allocation(String allocationId) {
    Transport.Reply reply = authorized(get("/allocations/" + uuid(allocationId)));
    if (reply.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(allocationView(expect(reply, 200)));
  }

  private static AllocationView allocationView(JsonNode json) {
    List<AllocationView.Claim> claims = new ArrayList<>();
    json.path("claims")
        .forEach(
            c ->
                claims.add(
                    new AllocationView.Claim(
                        c.path("credentialId").asText(),
                        new BigDecimal(c.path("quantity").asText()),
                        Instant.parse(c.path("at").asText()))));
    return new AllocationView(
        json.path("id").asText(),
        json.path("lotId").asText(),
        json.path("owner").asText(),
        json.path("productBatchId").asText(),
        json.path("siteId").asText(),
        Instant.parse(json.path("period").path("start").asText()),
        Instant.parse(json.path("period").path("end").asText()),
        new BigDecimal(json.path("quantity").asText()),
        new BigDecimal(json.path("claimed").asText()),
        new BigDecimal(json.path("retired").asText()),
        new BigDecimal(json.path("unclaimed").asText()),
        claims);
  }

  private static String uuid(String allocationId) {
    String id =
        allocationId.startsWith("urn:uuid:")
            ? allocationId.substring("urn:uuid:".length())
            : allocationId;
    return UUID.fromString(id).toString();
  }

  /** The registry's base URL, without a trailing slash. */
  public URI baseUrl() {
    return config.baseUrl();
  }

  /**
   * A JSON document the registry serves to readers, as it sent it, unparsed: for a caller that
   * parses and checks the document itself (a verifier reads anchor receipts, custody chains, DID
   * histories and trust answers so). An authorized {@code GET} of {@code pathAndQuery} (already
   * percent-encoded, see {@link #encode}), with the usual token handling: a 401 fetches a new token
   * and asks once more.
   *
   * @param pathAndQuery e.g. {@code /allocations/<uuid>/chain}
   * @return the body of a 2xx answer; empty on a 404
   * @throws RegistryException.Refused on another 4xx, its message naming the URL and the status
   * @throws RegistryException.Unavailable when the registry is unreachable, answers 5xx or a body
   *     over {@link RegistryClientConfig#maxResponseBytes()}
   */
  public Optional<String> readJson(String pathAndQuery) {
    if (!pathAndQuery.startsWith("/")) {
      throw new IllegalArgumentException("the path must start with /");
    }
    URI uri = uri(pathAndQuery);
    Transport.Reply reply =
        authorized(
            HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Accept", "application/json")
                .GET());
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (reply.status() / 100 != 2) {
      throw transport.failure(reply, "GET " + uri + " answered " + reply.status());
    }
    return Optional.of(reply.body());
  }

  /**
   * Whether the registry answers at all: its public liveness probe, which stays up while the
   * registry runs degraded (ledger unavailable) and still accepts anchors and status allocations.
   */
  public boolean reachable() {
    try {
      return transport.send(get("/actuator/health/liveness").build()).status() == 200;
    } catch (RegistryException.Unavailable e) {
      return false;
    }
  }

  private JsonNode write(
      String method, String path, JsonNode body, String idempotencyKey, int... expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    return expect(authorized(request), expected);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(config.timeout()).GET();
  }

  /** Sends with the cached token; on a 401 fetches a new token once and sends again. */
  private Transport.Reply authorized(HttpRequest.Builder request) {
    Transport.Reply reply =
        transport.send(request.copy().header("Authorization", "Bearer " + tokens.token()).build());
    if (reply.status() == 401) {
      tokens.invalidate();
      reply = transport.send(request.header("Authorization", "Bearer " + tokens.token()).build());
    }
    return reply;
  }

  private JsonNode expect(Transport.Reply reply, int... expected) {
    for (int status : expected) {
      if (reply.status() == status) {
        return reply.json();
      }
    }
    throw transport.failure(reply);
  }

  private static Anchor anchor(JsonNode json) {
    JsonNode anchoredAt = json.path("anchoredAt");
    JsonNode receipt = json.path("receipt");
    return new Anchor(
        json.path("digest").asText(),
        json.path("state").asText(),
        Instant.parse(json.path("submittedAt").asText()),
        anchoredAt.isTextual() ? Optional.of(Instant.parse(anchoredAt.asText())) : Optional.empty(),
        receipt.isMissingNode() || receipt.isNull()
            ? Optional.empty()
            : Optional.of(receipt.toString()));
  }

  private URI uri(String path) {
    return URI.create(config.baseUrl() + path);
  }

  /**
   * {@code value} percent-encoded for a path segment or a query parameter of {@link #readJson}
   * (UTF-8, a space as {@code %20}).
   */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void requirePurpose(String purpose) {
    if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
      throw new IllegalArgumentException("purpose must be revocation, suspension or message");
    }
  }

  private static void requireDigest(String digest) {
    if (digest == null || !DIGEST.matcher(digest).matches()) {
      throw new IllegalArgumentException("digest must be sha256:<64 lowercase hex>");
    }
  }
}
