package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.multibase.Multibase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reproduces the published W3C test vectors of vc-di-eddsa (B.1 eddsa-rdfc-2022, B.3
 * eddsa-jcs-2022) and vc-di-ecdsa (A.1 ecdsa-rdfc-2019 P-256) byte for byte.
 */
class W3cTestVectorTest {

  private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eddsa-rdfc-2022",
        "eddsa-rdfc-2022-https-vm",
        "eddsa-jcs-2022",
        "ecdsa-rdfc-2019-p256"
      })
  void reproducesTheCanonicalProofConfigurationAndItsHash(String vector) {
    Cryptosuite suite = suiteOf(vector);
    JsonObject config = W3cVectors.json(vector + "/proofConfig.json");
    String canonical = suite.canonicalization().canonicalize(config).value();
    assertThat(canonical).isEqualTo(W3cVectors.text(vector + "/proofCanon.txt"));
    assertThat(hex(HashData.hash(suite, canonical)))
        .isEqualTo(W3cVectors.text(vector + "/proofHash.txt"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eddsa-rdfc-2022",
        "eddsa-rdfc-2022-https-vm",
        "eddsa-jcs-2022",
        "ecdsa-rdfc-2019-p256"
      })
  void reproducesTheCanonicalDocumentTheHashesAndTheCombinedHash(String vector) {
    Cryptosuite suite = suiteOf(vector);
    String canonical = suite.canonicalization().canonicalize(W3cVectors.credential()).value();
    String expected =
        suite.canonicalization().proofCarriesContext()
            ? W3cVectors.text(vector + "/docCanon.txt")
            : W3cVectors.text("credential.nq");
    assertThat(canonical).isEqualTo(expected);
    assertThat(hex(HashData.hash(suite, canonical)))
        .isEqualTo(W3cVectors.text(vector + "/docHash.txt"));
    JsonObject config = W3cVectors.json(vector + "/proofConfig.json");
    assertThat(hex(HashData.of(suite, config, W3cVectors.credential()).value()))
        .isEqualTo(W3cVectors.text(vector + "/combinedHash.txt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-rdfc-2022-https-vm", "eddsa-jcs-2022"})
  void reproducesTheEd25519SignatureAndTheSignedCredentialExactly(String vector) {
    JsonObject signed = signLike(vector, W3cVectors.ed25519Key());
    JsonObject published = W3cVectors.json(vector + "/signed.json");
    assertThat(signed).isEqualTo(published);
    String proofValue = signed.getJsonObject("proof").getString("proofValue");
    assertThat(proofValue).isEqualTo(W3cVectors.text(vector + "/sigBTC58.txt"));
    assertThat(hex(Multibase.BASE_58_BTC.decode(proofValue)))
        .isEqualTo(W3cVectors.text(vector + "/sigHex.txt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019-p256"})
  void verifiesThePublishedSignedCredentialButNotItsBindingToTheIssuer(String vector) {
    var report = verifier().verify(W3cVectors.json(vector + "/signed.json"));
    assertSignedButNotByTheIssuer(report);
  }

  /**
   * The vectors' issuer is {@code https://vc.example/issuers/5678} while their key is a did:key:
   * the signature is sound, but it is not the issuer's, and only the binding check says so.
   */
  private static void assertSignedButNotByTheIssuer(VerificationReport report) {
    assertThat(report.check("proof[0].signature").orElseThrow().outcome())
        .as(report.toString())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.failures())
        .as(report.toString())
        .extracting(Check::name)
        .containsExactly("proof[0].controller");
    assertThat(report.check("proof[0].controller").orElseThrow().reason())
        .contains("not the issuer https://vc.example/issuers/5678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa-rdfc-2019-p256"})
  void verifiesThePublishedEcdsaSignatureAndOurOwn(String vector) {
    String proofValue = W3cVectors.text(vector + "/sigBTC58.txt");
    assertThat(hex(Multibase.BASE_58_BTC.decode(proofValue)))
        .isEqualTo(W3cVectors.text(vector + "/sigHex.txt"));
    SigningKey key = W3cVectors.p256Key();
    assertThat(Multikey.encodePublic(key.publicKey()))
        .isEqualTo(W3cVectors.json("keys/p256KeyPair.json").getString("publicKeyMultibase"));
    byte[] combined = HEX.parseHex(W3cVectors.text(vector + "/combinedHash.txt"));
    assertThat(
            key.publicKey().verify(combined, HEX.parseHex(W3cVectors.text(vector + "/sigHex.txt"))))
        .isTrue();

    JsonObject ours = signLike(vector, key);
    assertThat(ours.getJsonObject("proof").getString("proofValue")).isNotEqualTo(proofValue);
    assertSignedButNotByTheIssuer(verifier().verify(ours));
  }

  private static JsonObject signLike(String vector, SigningKey key) {
    JsonObject config = W3cVectors.json(vector + "/proofConfig.json");
    var options =
        ProofOptions.builder(config.getString("verificationMethod"))
            .created(Instant.parse(config.getString("created")))
            .build();
    var signer = DataIntegrity.signer(suiteOf(vector), key, options, clock()).value();
    return signer.sign(W3cVectors.credential()).value();
  }

  static Cryptosuite suiteOf(String vector) {
    String name =
        vector.startsWith("ecdsa-rdfc-2019") ? "ecdsa-rdfc-2019" : vector.replace("-https-vm", "");
    return Cryptosuites.standard().find(name).orElseThrow();
  }

  private static DataIntegrityVerifier verifier() {
    return DataIntegrity.verifier(new DidKeyResolver(), clock());
  }

  private static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  @SuppressWarnings("unused")
  private static JsonObject withoutProof(JsonObject document) {
    return Json.createObjectBuilder(document).remove("proof").build();
  }
}
