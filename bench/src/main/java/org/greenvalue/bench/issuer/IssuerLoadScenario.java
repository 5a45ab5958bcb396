package org.greenvalue.bench.issuer;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issuer HTTP load (issue 6): the registry (dev mode: its own embedded PostgreSQL and anvil) and
 * the issuer run as separate JVMs from their exec jars; this JVM is the client, on loopback.
 *
 * <ol>
 *   <li>VC-API issuance, vc+jwt with Ed25519, then eddsa-rdfc-2022: throughput and latency, then
 *       every issued credential read back to check it was stored and queued for anchoring;
 *   <li>PACT {@code GET /3/footprints?limit=100} over 150 stored footprints.
 * </ol>
 *
 * <p>Status list entries are allocated ahead (the issuer's pool) before the measured runs, as in
 * operation; the scenario waits until the pool holds enough.
 *
 * <p>Arguments: registry jar, issuer jar, anvil, vc+jwt count, eddsa-rdfc-2022 count, PACT
 * requests, concurrency. With wrk installed, the measured runs are wrk runs of {@value #SECONDS} s
 * each (the counts then only size the Java client's warm-up), and every credential wrk created is
 * read back afterwards.
 */
public final class IssuerLoadScenario {
  private static final int FOOTPRINTS = 150;

  /** How long each wrk run lasts. */
  private static final int SECONDS = 10;

  /** The most credentials per second a wrk run is expected to issue (sizes the status pool). */
  private static final int MAX_RATE = 2000;

  private IssuerLoadScenario() {}

  public static void main(String[] args) throws Exception {
    Path registryJar = Path.of(args[0]);
    Path issuerJar = Path.of(args[1]);
    String anvil = args[2];
    int jwtCount = Integer.parseInt(args[3]);
    int rdfcCount = Integer.parseInt(args[4]);
    int pactCount = Integer.parseInt(args[5]);
    int concurrency = Integer.parseInt(args[6]);
    int warmup = Math.min(2000, jwtCount / 2);
    int measured = WrkRun.available() ? 2 * SECONDS * MAX_RATE : jwtCount + rdfcCount;
    int entries = warmup * 2 + measured + FOOTPRINTS + 100;
    Path home = Files.createTempDirectory("issuer-bench");

    try (ServiceProcess registry =
            ServiceProcess.start(
                registryJar,
                List.of("-Xmx768m", "-Dgvr.anvil=" + anvil),
                List.of(
                    "--gvr.database.data-dir=" + home.resolve("registry-db"),
                    "--gvr.keys.master-key-file=" + home.resolve("registry.key")));
        ServiceProcess issuer =
            ServiceProcess.start(
                issuerJar,
                issuerJvmArgs(),
                List.of(
                    "--gvr.database.data-dir=" + home.resolve("issuer-db"),
                    "--gvr.keys.master-key-file=" + home.resolve("issuer.key"),
                    "--gvr.issuer.packs.dir=" + home.resolve("packs"),
                    "--gvr.issuer.registry.url=" + registry.base(),
                    "--gvr.issuer.status.purposes=revocation",
                    "--gvr.issuer.status.pool-size=" + entries,
                    "--gvr.issuer.status.refill-interval=500ms"))) {
      IssuerApi api = new IssuerApi(issuer.base());
      String admin =
          api.token("/oauth2/token", "admin", "admin-secret", "issuer.admin issuer.read");
      String supplier =
          api.token("/oauth2/token", "supplier", "supplier-secret", "issuer.supplier issuer.read");
      String org = "bench-" + UUID.randomUUID().toString().substring(0, 8);
      IssuerApi.Reply created =
          api.post(
              "/organisations",
              admin,
              "{\"id\":\"" + org + "\",\"name\":\"Bench\",\"clients\":[\"supplier\"]}");
      String did = IssuerApi.json(created.body()).getString("did");
      long fillStart = System.nanoTime();
      while (api.gauge("gvr.issuer.status.pool", supplier) < entries) {
        Thread.sleep(1000);
      }
      System.out.printf(
          "status entries allocated ahead: %d in %.0f s (registry allocation, sequential)%n",
          entries, (System.nanoTime() - fillStart) / 1e9);

      for (String format : List.of("vc+jwt", "eddsa-rdfc-2022")) {
        int count = format.equals("vc+jwt") ? jwtCount : rdfcCount;
        LoadRun.run(warmup, concurrency, i -> issue(api, supplier, did, format));
        if (WrkRun.available()) {
          issueWithWrk(api, issuer.base(), supplier, did, format, home, concurrency);
          continue;
        }
        LoadRun.Outcome outcome =
            LoadRun.run(count, concurrency, i -> issue(api, supplier, did, format));
        LoadRun.Outcome stored =
            LoadRun.run(
                outcome.results().size(),
                concurrency,
                i -> storedAndQueued(api, supplier, outcome.results().get(i)));
        System.out.printf(
            "issue %s over HTTP (VC-API, %d clients): %s; read back stored and queued for"
                + " anchoring: %d of %d%n",
            format, concurrency, outcome, stored.ok(), outcome.ok());
      }

      String footprint =
          Files.readString(
              Path.of(
                  args.length > 7 ? args[7] : "issuer/src/test/resources/fixtures/footprint.json"),
              StandardCharsets.UTF_8);
      for (int i = 0; i < FOOTPRINTS; i++) {
        String body =
            "{\"format\":\"vc+jwt\",\"footprint\":"
                + footprint.replaceFirst(
                    "\"id\": \"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                + "}";
        IssuerApi.Reply r =
            api.post("/organisations/" + org + "/credentials/footprint", supplier, body);
        if (r.status() != 201) {
          throw new IllegalStateException("footprint not issued: " + r.body());
        }
      }
      // a PACT client sees only the footprints of organisations that bound it
      IssuerApi.Reply bound =
          api.post(
              "/organisations/" + org + "/pact-clients",
              supplier,
              "{\"clientId\":\"pact-client\"}");
      if (bound.status() != 201) {
        throw new IllegalStateException("PACT client not bound: " + bound.body());
      }
      String pact = api.token("/auth/token", "pact-client", "pact-secret", null);
      LoadRun.run(Math.min(500, pactCount), concurrency, i -> list(api, pact));
      String page = "PACT GET /3/footprints?limit=100 (%d clients, 100 footprints of ~%d KiB each)";
      if (WrkRun.available()) {
        WrkRun listing =
            WrkRun.run(
                issuer.base() + "/3/footprints?limit=100",
                Path.of("bench/http/get.lua"),
                concurrency,
                SECONDS,
                Map.of("TOKEN", pact));
        System.out.printf(page + ": %s%n", concurrency, footprint.length() / 1024 + 1, listing);
      } else {
        LoadRun.Outcome listing = LoadRun.run(pactCount, concurrency, i -> list(api, pact));
        System.out.printf(page + ": %s%n", concurrency, footprint.length() / 1024 + 1, listing);
      }
    }
  }

  /**
   * Issuance driven by wrk for {@link #SECONDS} s; every credential it created (its Location) is
   * then read back: stored, and queued for anchoring.
   */
  private static void issueWithWrk(
      IssuerApi api, URI base, String token, String did, String format, Path home, int connections)
      throws Exception {
    Path body = home.resolve(format + "-body.json");
    Files.writeString(body, issueBody(did, format, "did:example:wrk"));
    Path ids = home.resolve(format + "-ids.txt");
    Files.deleteIfExists(ids);
    WrkRun run =
        WrkRun.run(
            base + "/credentials/issue",
            Path.of("bench/http/issue.lua"),
            connections,
            SECONDS,
            Map.of("BODY", body.toString(), "TOKEN", token, "IDS", ids.toString()));
    List<String> created = Files.readAllLines(ids);
    LoadRun.Outcome stored =
        LoadRun.run(created.size(), connections, i -> storedAndQueued(api, token, created.get(i)));
    System.out.printf(
        "issue %s over HTTP (VC-API, %d connections): %s; created %d, read back stored and"
            + " queued for anchoring: %d of %d%n",
        format, connections, run, created.size(), stored.ok(), created.size());
  }

  private static String issueBody(String did, String format, String subject) {
    return "{\"credential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
        + "\"type\":[\"VerifiableCredential\"],\"issuer\":\""
        + did
        + "\",\"credentialSubject\":{\"id\":\""
        + subject
        + "\"}},\"options\":{\"format\":\""
        + format
        + "\"}}";
  }

  private static String issue(IssuerApi api, String token, String did, String format) {
    String body = issueBody(did, format, "did:example:" + UUID.randomUUID());
    IssuerApi.Reply r = api.post("/credentials/issue", token, body);
    if (r.status() != 201) {
      return null;
    }
    JsonObject vc = IssuerApi.json(r.body()).getJsonObject("verifiableCredential");
    if (format.equals("vc+jwt")) {
      String jwt = vc.getString("id").substring("data:application/vc+jwt,".length());
      String payload =
          new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
      return IssuerApi.json(payload).getString("id");
    }
    return vc.getString("id");
  }

  /** A credential id, or the path of a stored credential (a Location). */
  private static String storedAndQueued(IssuerApi api, String token, String id) {
    if (id == null) {
      return null;
    }
    IssuerApi.Reply r = api.get(id.startsWith("/") ? id : "/credentials/" + id, token);
    if (r.status() != 200) {
      return null;
    }
    String anchoring = IssuerApi.json(r.body()).getString("anchoring");
    return List.of("QUEUED", "SUBMITTED", "ANCHORED").contains(anchoring) ? id : null;
  }

  private static String list(IssuerApi api, String token) {
    IssuerApi.Reply r = api.get("/3/footprints?limit=100", token);
    return r.status() == 200 && r.body().length() > 1000 ? "ok" : null;
  }

  /** -Xmx1g, plus any JVM options in GVR_BENCH_ISSUER_JVM (e.g. a flight recording). */
  private static List<String> issuerJvmArgs() {
    List<String> args = new java.util.ArrayList<>(List.of("-Xmx1g"));
    String extra = System.getenv("GVR_BENCH_ISSUER_JVM");
    if (extra != null && !extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    return args;
  }
}
