package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenvalue.credentials.securing.SecuringFormat;
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

  /** A claim ready to mint: both credentials signed, issuers accredited, digest anchored. */
  public record Claim(String reduction, String assurance, String digest, String receipt) {
    public String body(String owner) {
      return body(reduction, assurance, receipt, owner);
    }

    public static String body(String reduction, String assurance, String receipt, String owner) {
      return "{\"reductionCredential\":"
          + Claims.asJsonValue(reduction)
          + ",\"assuranceCredential\":"
          + Claims.asJsonValue(assurance)
          + (receipt == null ? "" : ",\"anchorReceipt\":" + receipt)
          + ",\"owner\":\""
          + owner
          + "\"}";
    }
  }

  protected Issuer accreditedIssuer(String type, String role) {
    Issuer issuer = Issuer.generate();
    accredit(issuer.did(), role, type, LONG_AGO, FAR_AHEAD);
    return issuer;
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

  protected Claim claim(EmissionReduction subject, SecuringFormat format) {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction =
        Claims.sign(issuer, SubjectKind.EMISSION_REDUCTION, subject.toJson(), format);
    return assured(reduction, provider, format);
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

  protected HttpResult mint(Claim claim) {
    return api().post("/lots", api().writer(), claim.body(owner()));
  }

  protected String mintedLot(String tonnes) {
    HttpResult r = mint(claim(tonnes));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  protected static String owner() {
    return Claims.Issuer.generate().did();
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
    return Map.of(
        "lots", count("lots"),
        "lot_events", count("lot_events"),
        "retirements", count("retirements"),
        "audit_log", count("audit_log"),
        "idempotency_keys", count("idempotency_keys"));
  }

  static List<String> lotTables() {
    return List.of("lots", "lot_events", "retirements");
  }
}
