package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;

/** Accredited issuers, assured and anchored claims, and a view of what lots changed. */
public abstract class LotFixture extends RegistryIntegrationTest {
  public static final String REDUCTION_TYPE = SubjectKind.EMISSION_REDUCTION.credentialType();
  public static final String ASSURANCE_TYPE = SubjectKind.ASSURANCE.credentialType();
  public static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  public static final Instant FAR_AHEAD = Instant.parse("2040-01-01T00:00:00Z");

  /**
   * A claim ready to mint: both credentials signed, issuers accredited, digest anchored; {@code
   * organisation} is the one registered with the reduction's issuer, when known.
   */
  public record Claim(
      String reduction, String assurance, String digest, String receipt, String organisation) {
    public Claim(String reduction, String assurance, String digest, String receipt) {
      this(reduction, assurance, digest, receipt, null);
    }

    /** The mint request, naming the issuer's organisation as owner when known. */
    public String body() {
      return body(reduction, assurance, receipt, organisation);
    }

    public String body(String owner) {
      return body(reduction, assurance, receipt, owner);
    }

    public static String body(String reduction, String assurance, String receipt, String owner) {
      return "{\"reductionCredential\":"
          + Claims.asJsonValue(reduction)
          + ",\"assuranceCredential\":"
          + Claims.asJsonValue(assurance)
          + (receipt == null ? "" : ",\"anchorReceipt\":" + receipt)
          + (owner == null ? "" : ",\"owner\":\"" + owner + "\"")
          + "}";
    }
  }

  /** A fresh issuer, accredited, and registered as an organisation the writer acts for. */
  protected Issuer accreditedIssuer(String type, String role) {
    Issuer issuer = registered(Issuer.generate());
    accredit(issuer.did(), role, type, LONG_AGO, FAR_AHEAD);
    return issuer;
  }

  /** Registers the issuer's DID as a fresh organisation whose client is the writer. */
  protected Issuer registered(Issuer issuer) {
    organisationOf(issuer);
    return issuer;
  }

  /** Registers the issuer's DID as a fresh organisation with these clients; returns its id. */
  protected String organisationOf(Issuer issuer, String... clients) {
    return api()
        .organisation(
            List.of(issuer.did()), clients.length == 0 ? new String[] {"writer"} : clients);
  }

  /** The organisation registered with {@code did}. */
  protected String organisationWith(String did) {
    return api().get("/organisations?did=" + did, api().reader()).json().get("id").asText();
  }

  protected void accredit(String did, String role, String type, Instant from, Instant until) {
    HttpResult r =
        api()
            .post(
                "/trust/accreditations",
                api().authority(),
                """
                {"did":"%s","role":"%s","credentialType":"%s","validFrom":"%s","validUntil":"%s"}
                """
                    .formatted(did, role, type, from, until));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  protected Claim claim(String tonnes) {
    return claim(Claims.reduction(tonnes), SecuringFormat.EDDSA_RDFC_2022);
  }

  /** A claim by a fresh issuer whose organisation has these clients. */
  protected Claim claimFor(String tonnes, String... clients) {
    return claim(Claims.reduction(tonnes), SecuringFormat.EDDSA_RDFC_2022, clients);
  }

  Claim claim(EmissionReduction subject, SecuringFormat format, String... clients) {
    Issuer issuer = Issuer.generate();
    String organisation = organisationOf(issuer, clients);
    accredit(issuer.did(), "ISSUER", REDUCTION_TYPE, LONG_AGO, FAR_AHEAD);
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction =
        Claims.sign(issuer, SubjectKind.EMISSION_REDUCTION, subject.toJson(), format);
    Claim assured = assured(reduction, provider, format);
    return new Claim(
        assured.reduction(),
        assured.assurance(),
        assured.digest(),
        assured.receipt(),
        organisation);
  }

  protected Claim assured(String reduction, Issuer provider, SecuringFormat format) {
    String digest = Claims.digest(reduction);
    String assurance =
        Claims.sign(
            provider,
            SubjectKind.ASSURANCE,
            Claims.assurance(digest, Claims.ROOT, AssuranceOpinion.UNMODIFIED),
            format);
    return new Claim(reduction, assurance, digest, Claims.anchor(ledger, digest));
  }

  /** A status entry of this registry for {@code issuer}, in the list of {@code purpose}. */
  protected JsonObject statusEntry(String purpose, String issuer) {
    HttpResult r =
        api()
            .post(
                "/status-lists/" + purpose + "/entries",
                api().writer(),
                "{\"issuer\":\"" + issuer + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return JsonDocuments.parseObject(r.body()).orElseThrow();
  }

  /** Sets or clears a status entry, as its issuer would. */
  protected void setStatus(JsonObject entry, boolean value) {
    String url = entry.getString("statusListCredential");
    String path =
        url.substring(url.indexOf("/status-lists/"))
            + "/entries/"
            + entry.getString("statusListIndex");
    HttpResult r = api().put(path, api().writer(), "{\"set\":" + value + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  /** An assured ΔCO2 claim of 1 t whose credential carries {@code entry}. */
  protected Claim claimWithStatus(JsonObject entry, Issuer issuer) {
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .id("urn:uuid:" + UUID.randomUUID())
            .type(SubjectKind.EMISSION_REDUCTION.credentialType())
            .issuer(issuer.did())
            .validFrom(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))
            .credentialSubject(Claims.reduction("1").toJson())
            .property("credentialStatus", entry)
            .build()
            .json();
    String reduction =
        issuer.signer().sign(credential, SecuringFormat.EDDSA_RDFC_2022).orElseThrow();
    return assured(
        reduction,
        accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER"),
        SecuringFormat.EDDSA_RDFC_2022);
  }

  protected HttpResult mint(Claim claim) {
    return api().post("/lots", api().writer(), claim.body());
  }

  protected String mintedLot(String tonnes) {
    HttpResult r = mint(claim(tonnes));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  /** A fresh organisation (no DIDs) to receive transfers; the reader is its client. */
  protected String owner() {
    return api().organisation(List.of(), "reader");
  }

  protected Lot onChain(String lotId) {
    return ledger.lots().lot(ChainIds.lot(java.util.UUID.fromString(lotId))).orElseThrow();
  }

  protected boolean mintedOnChain(String digest) {
    return ledger.lots().lotOfCredential(new Bytes32(sha256(digest))).isPresent();
  }

  private static byte[] sha256(String digest) {
    return java.util.HexFormat.of().parseHex(digest.substring("sha256:".length()));
  }

  /** Row counts of every table a lot write touches. */
  protected Map<String, Long> tables() {
    return Map.ofEntries(
        Map.entry("lots", count("lots")),
        Map.entry("lot_transfers", count("lot_transfers")),
        Map.entry("allocations", count("allocations")),
        Map.entry("allocation_claims", count("allocation_claims")),
        Map.entry("lot_events", count("lot_events")),
        Map.entry("retirements", count("retirements")),
        Map.entry("audit_log", count("audit_log")),
        Map.entry("organisations", count("organisations")),
        Map.entry("status_entries", count("status_entries")),
        Map.entry("trust_events", count("trust_events")),
        Map.entry("idempotency_keys", count("idempotency_keys")));
  }

  static List<String> lotTables() {
    return List.of(
        "lots", "lot_events", "retirements", "lot_transfers", "allocations", "allocation_claims");
  }

  public static final String CLAIM_PERIOD =
      "{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}";

  /** A retirement request body for {@code quantity} t, reason INVENTORY_ACCOUNTING. */
  public static String retirement(String quantity) {
    return "{\"quantity\":\""
        + quantity
        + "\",\"reason\":\"INVENTORY_ACCOUNTING\",\"beneficiary\":\"Fleet Co.\","
        + "\"claimPeriod\":"
        + CLAIM_PERIOD
        + "}";
  }

  /** A transfer request body. */
  public static String transfer(String to, String quantity, String deliveryReference) {
    return "{\"to\":\""
        + to
        + "\",\"quantity\":\""
        + quantity
        + "\",\"deliveryReference\":\""
        + deliveryReference
        + "\"}";
  }

  /** An allocation request body for a fresh product batch, site 1, Q1 2026. */
  public static String allocation(String quantity) {
    return "{\"productBatchId\":\"urn:gvr:batch:"
        + java.util.UUID.randomUUID()
        + "\",\"siteId\":\"urn:gvr:site:1\","
        + "\"period\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-04-01T00:00:00Z\"},"
        + "\"quantity\":\""
        + quantity
        + "\"}";
  }

  /** A claim request body. */
  public static String claimBody(String credentialId, String quantity) {
    return "{\"credentialId\":\"" + credentialId + "\",\"quantity\":\"" + quantity + "\"}";
  }

  /** Posts and expects 201; returns the response's {@code field}. */
  protected String created(String path, String token, String body, String field) {
    HttpResult r = api().post(path, token, body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get(field).asText();
  }

  /** Audit entries whose action starts with {@code prefix}. */
  protected long audited(String prefix) {
    return jdbc.sql("SELECT count(*) FROM audit_log WHERE action LIKE ?")
        .param(prefix + "%")
        .query(Long.class)
        .single();
  }
}
