package org.greenvalue.bench.issuer;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
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
 * requests, concurrency.
 */
public final class IssuerLoadScenario {
  private static final int FOOTPRINTS = 150;

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
    int entries = warmup * 2 + jwtCount + rdfcCount + FOOTPRINTS + 100;
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
      String pact = api.token("/auth/token", "pact-client", "pact-secret", null);
      LoadRun.run(Math.min(500, pactCount), concurrency, i -> list(api, pact));
      LoadRun.Outcome listing = LoadRun.run(pactCount, concurrency, i -> list(api, pact));
      System.out.printf(
          "PACT GET /3/footprints?limit=100 (%d clients, 100 footprints of ~%d KiB each per page): %s%n",
          concurrency, footprint.length() / 1024 + 1, listing);
    }
  }

  private static String issue(IssuerApi api, String token, String did, String format) {
    String body =
        "{\"credential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"type\":[\"VerifiableCredential\"],\"issuer\":\""
            + did
            + "\",\"credentialSubject\":{\"id\":\"did:example:"
            + UUID.randomUUID()
            + "\"}},\"options\":{\"format\":\""
            + format
            + "\"}}";
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

  private static String storedAndQueued(IssuerApi api, String token, String id) {
    if (id == null) {
      return null;
    }
    IssuerApi.Reply r = api.get("/credentials/" + id, token);
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
