package org.greenvalue.demo.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mixed load: rounds taken by concurrent workers, each round at instance {@code round % 2} of
 * every service (the first instance alone once the second was killed): issue a credential, submit a
 * digest for anchoring, and in turn suspend an earlier credential at the other issuer instance,
 * verify one, or read PACT footprints. It records every write the services accepted (2xx) and every
 * answer that was neither accepted nor a lost connection.
 */
final class MixedLoad {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Api api;
  private final Parties parties;
  private final String issuerDid;
  private final List<URI> registries;
  private final List<URI> issuers;
  private final List<URI> verifiers;
  private final AtomicInteger nextRound = new AtomicInteger();
  private volatile boolean secondInstancesKilled;

  final List<JsonNode> issued = new CopyOnWriteArrayList<>();
  final List<String> anchored = new CopyOnWriteArrayList<>();
  final List<String> suspended = new CopyOnWriteArrayList<>();
  final AtomicInteger verified = new AtomicInteger();
  final AtomicInteger pactReads = new AtomicInteger();
  final AtomicInteger acceptedAfterKill = new AtomicInteger();
  final AtomicInteger lostConnections = new AtomicInteger();
  final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

  MixedLoad(Api api, Parties parties, String issuerDid, Topology topology) {
    this.api = api;
    this.parties = parties;
    this.issuerDid = issuerDid;
    this.registries = instances(topology, "registry");
    this.issuers = instances(topology, "issuer");
    this.verifiers = instances(topology, "verifier");
  }

  private static List<URI> instances(Topology topology, String service) {
    return topology.tier(service).instances().stream().map(i -> i.baseUrl()).toList();
  }

  int roundsStarted() {
    return nextRound.get();
  }

  void secondInstancesKilled() {
    secondInstancesKilled = true;
  }

  /** Runs rounds until {@code rounds} were taken; several workers call this at once. */
  void work(int rounds) {
    for (int round = nextRound.getAndIncrement();
        round < rounds;
        round = nextRound.getAndIncrement()) {
      boolean afterKill = secondInstancesKilled;
      int at = afterKill ? 0 : round % 2;
      int other = afterKill ? 0 : 1 - at;
      attempt(() -> issue(issuers.get(at)), afterKill);
      attempt(() -> anchor(registries.get(at)), afterKill);
      switch (round % 3) {
        case 0 -> attempt(() -> suspendOne(issuers.get(other)), afterKill);
        case 1 -> attempt(() -> verifyOne(verifiers.get(at)), afterKill);
        default -> attempt(() -> readPact(issuers.get(at)), afterKill);
      }
    }
  }

  private interface Call {
    boolean run() throws IOException;
  }

  private void attempt(Call call, boolean afterKill) {
    try {
      if (call.run() && afterKill) {
        acceptedAfterKill.incrementAndGet();
      }
    } catch (IOException lost) {
      // a connection to an instance killed under it: not accepted, nothing to keep
      lostConnections.incrementAndGet();
    }
  }

  /** Issues a credential at {@code issuer}; returns it once accepted. */
  JsonNode issueAt(URI issuer) throws IOException {
    ObjectNode credential = Api.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    credential.putArray("type").add("VerifiableCredential");
    credential.put("id", "urn:uuid:" + UUID.randomUUID());
    credential.put("issuer", issuerDid);
    credential
        .putObject("credentialSubject")
        .put("id", "urn:uuid:" + UUID.randomUUID())
        .put("name", "topology load");
    ObjectNode body = Api.JSON.createObjectNode();
    body.set("credential", credential);
    body.putObject("options").put("format", "eddsa-rdfc-2022");
    Api.Reply reply =
        api.post(issuer.resolve("/credentials/issue"), parties.supplier(), body.toString());
    if (!reply.accepted()) {
      unexpected.add("issue at " + issuer + ": " + reply.status() + " " + reply.body());
      return null;
    }
    return reply.json().get("verifiableCredential");
  }

  private boolean issue(URI issuer) throws IOException {
    JsonNode vc = issueAt(issuer);
    if (vc != null) {
      issued.add(vc);
    }
    return vc != null;
  }

  private boolean anchor(URI registry) throws IOException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String digest = "sha256:" + HexFormat.of().formatHex(bytes);
    Api.Reply reply =
        api.post(
            registry.resolve("/anchors"),
            parties.registryWriter(),
            "{\"digest\":\"" + digest + "\"}");
    return record(reply, "anchor at " + registry, () -> anchored.add(digest));
  }

  private boolean suspendOne(URI issuer) throws IOException {
    JsonNode vc = pick();
    if (vc == null) {
      return false;
    }
    String id = vc.get("id").asText();
    if (suspended.contains(id)) {
      return false;
    }
    String body =
        """
        {"credentialId": "%s",
         "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"},
         "status": true}"""
            .formatted(id);
    Api.Reply reply = api.post(issuer.resolve("/credentials/status"), parties.supplier(), body);
    return record(reply, "suspend at " + issuer, () -> suspended.add(id));
  }

  private boolean verifyOne(URI verifier) throws IOException {
    JsonNode vc = pick();
    if (vc == null) {
      return false;
    }
    Api.Reply reply =
        api.post(
            verifier.resolve("/reports"),
            parties.verifier(),
            "{\"verifiableCredential\":" + vc + "}");
    return record(reply, "verify at " + verifier, verified::incrementAndGet);
  }

  private boolean readPact(URI issuer) throws IOException {
    Api.Reply reply = api.get(issuer.resolve("/3/footprints?limit=10"), parties.pact());
    return record(reply, "PACT read at " + issuer, pactReads::incrementAndGet);
  }

  private boolean record(Api.Reply reply, String what, Runnable accepted) {
    if (reply.accepted()) {
      accepted.run();
      return true;
    }
    unexpected.add(what + ": " + reply.status() + " " + reply.body());
    return false;
  }

  private JsonNode pick() {
    List<JsonNode> sofar = List.copyOf(issued);
    return sofar.isEmpty() ? null : sofar.get(RANDOM.nextInt(sofar.size()));
  }
}
