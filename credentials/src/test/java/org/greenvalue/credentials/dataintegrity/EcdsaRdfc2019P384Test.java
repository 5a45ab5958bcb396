package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;

/**
 * {@code ecdsa-rdfc-2019} with P-384 (vc-di-ecdsa §3.2, test vector A.2): SHA-384 over both
 * canonical forms, a 96-byte r||s signature.
 */
class EcdsaRdfc2019P384Test {

  private static final String VECTOR = "ecdsa-rdfc-2019-p384";
  private static final HexFormat HEX = HexFormat.of();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static SigningKey vectorKey() {
    return Multikey.decodeSecret(
            W3cVectors.json("keys/p384KeyPair.json").getString("secretKeyMultibase"))
        .value();
  }

  /**
   * The published combined hash is 48 bytes of proof configuration hash then 48 of document hash;
   * the document half is reproduced (the published proof-configuration files of the vector
   * directory come from another revision than its combined hash, so only their shape is checked).
   */
  @Test
  void section3_2_4_hashingUsesSha384ForP384AndReproducesTheDocumentHash() {
    var suite = new EcdsaRdfc2019();
    JsonObject config = W3cVectors.json(VECTOR + "/proofConfig.json");
    byte[] combined = HashData.of(suite, KeyType.P384, config, W3cVectors.credential()).value();
    assertThat(combined).hasSize(96);
    assertThat(HEX.formatHex(combined).substring(96))
        .isEqualTo(W3cVectors.text(VECTOR + "/combinedHash.txt").substring(96));
  }

  @Test
  void section3_2_5_thePublishedP384SignatureVerifiesWithThePublishedKey() {
    SigningKey key = vectorKey();
    assertThat(key.type()).isEqualTo(KeyType.P384);
    assertThat(Multikey.encodePublic(key.publicKey()))
        .isEqualTo(W3cVectors.json("keys/p384KeyPair.json").getString("publicKeyMultibase"));
    String proofValue =
        W3cVectors.json(VECTOR + "/signed.json").getJsonObject("proof").getString("proofValue");
    byte[] signature = Multibase.BASE_58_BTC.decode(proofValue);
    assertThat(signature).hasSize(96);
    byte[] combined = HEX.parseHex(W3cVectors.text(VECTOR + "/combinedHash.txt"));
    assertThat(key.publicKey().verify(combined, signature)).isTrue();
    combined[0] ^= 1;
    assertThat(key.publicKey().verify(combined, signature)).isFalse();
  }

  @Test
  void section3_2_aP384DidKeySignsAndVerifiesAndATamperedCredentialFails() {
    SigningKey key = SigningKey.generate(KeyType.P384);
    String did = DidKeyResolver.didFor(key.publicKey());
    assertThat(did).startsWith("did:key:z82");
    JsonObject credential =
        jakarta.json.Json.createObjectBuilder(W3cVectors.credential()).add("issuer", did).build();
    var signer =
        DataIntegrity.signer(
                new EcdsaRdfc2019(),
                key,
                ProofOptions.assertion(DidKeyResolver.methodFor(key.publicKey())),
                CLOCK)
            .value();
    JsonObject signed = signer.sign(credential).value();
    var verifier = DataIntegrity.verifier(new DidKeyResolver(), CLOCK);
    var report = verifier.verify(signed);
    assertThat(report.valid()).as(report.toString()).isTrue();

    JsonObject tampered =
        jakarta.json.Json.createObjectBuilder(signed).add("name", "Another name").build();
    assertThat(verifier.verify(tampered).check("proof[0].signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  void eddsaSuitesRefuseAP384Key() {
    var key = SigningKey.generate(KeyType.P384);
    var options = ProofOptions.assertion(DidKeyResolver.methodFor(key.publicKey()));
    assertThat(DataIntegrity.signer(new EddsaRdfc2022(), key, options, CLOCK).succeeded())
        .isFalse();
  }
}
