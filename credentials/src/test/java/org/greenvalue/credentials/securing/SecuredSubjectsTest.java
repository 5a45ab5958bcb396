package org.greenvalue.credentials.securing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Stream;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.Cryptosuites;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.ProofOptions;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.jose.VcJwtVerifier;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.retirement.RetirementCertificate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of our credential kinds, built from its subject, secured in every format the library offers,
 * verifies with only bundled contexts (safe mode, no {@code @vocab}) and fails once a subject value
 * is changed.
 */
class SecuredSubjectsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  private static final SigningKey ED25519 = SigningKey.generate(KeyType.ED25519);
  private static final SigningKey P256 = SigningKey.generate(KeyType.P256);
  private static final DidKeyResolver DIDS = new DidKeyResolver();

  static Stream<Arguments> kindsAndFormats() {
    var subjects =
        Stream.of(
            ProductFootprint.parse(
                resource("/org/greenvalue/credentials/subject/footprint/footprint-valid.json")),
            EmissionReduction.parse(
                resource("/org/greenvalue/credentials/securing/reduction.json")),
            AssuranceStatement.parse(
                resource("/org/greenvalue/credentials/securing/assurance.json")),
            RetirementCertificate.parse(
                resource("/org/greenvalue/credentials/securing/retirement.json")));
    return subjects
        .map(r -> (CredentialSubject) r.value())
        .flatMap(
            subject ->
                Stream.of(
                        "eddsa-rdfc-2022",
                        "eddsa-jcs-2022",
                        "ecdsa-rdfc-2019",
                        "vc+jwt EdDSA",
                        "vc+jwt ES256")
                    .map(format -> Arguments.of(subject.kind().credentialType(), format, subject)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("kindsAndFormats")
  void verifiesAndDetectsAChangedSubject(String kind, String format, CredentialSubject subject) {
    SigningKey key = format.contains("ecdsa") || format.endsWith("ES256") ? P256 : ED25519;
    JsonObject credential = credential(subject, key);
    JsonObject tampered = changeFirstStringOf(credential);

    if (format.startsWith("vc+jwt")) {
      var signer = new JoseSigner(key, DidKeyResolver.methodFor(key.publicKey()));
      var verifier = new VcJwtVerifier(DIDS, CLOCK);
      assertValid(verifier.verify(signer.secure(VerifiableCredential.of(credential)).value()));
      String jwt = signer.secure(VerifiableCredential.of(credential)).value();
      String forged = swapPayload(jwt, tampered);
      assertThat(verifier.verify(forged).valid()).isFalse();
      return;
    }
    var suite = Cryptosuites.standard().find(format).orElseThrow();
    var options = ProofOptions.assertion(DidKeyResolver.methodFor(key.publicKey()));
    JsonObject secured =
        DataIntegrity.signer(suite, key, options, CLOCK).value().sign(credential).value();
    var verifier = DataIntegrity.verifier(DIDS, CLOCK);
    assertValid(verifier.verify(secured));
    JsonObject forged =
        Json.createObjectBuilder(tampered).add("proof", secured.get("proof")).build();
    assertThat(verifier.verify(forged).check("proof[0].signature").orElseThrow().failed()).isTrue();
  }

  private static void assertValid(VerificationReport report) {
    assertThat(report.valid()).as(report.toString()).isTrue();
  }

  private static JsonObject credential(CredentialSubject subject, SigningKey key) {
    return CredentialParts.of(subject)
        .toCredentialBuilder()
        .add("id", "urn:uuid:2f1c3c3e-8d3b-4b7e-9a41-7d0f5f1f0c55")
        .add("issuer", DidKeyResolver.didFor(key.publicKey()))
        .add("validFrom", "2025-06-01T00:00:00Z")
        .build();
  }

  /** The credential with the first string value found in its subject changed. */
  private static JsonObject changeFirstStringOf(JsonObject credential) {
    JsonObject subject = credential.getJsonObject("credentialSubject");
    Function<JsonObject, Result<JsonObject>> change =
        s -> {
          for (var entry : s.entrySet()) {
            if (entry.getValue() instanceof jakarta.json.JsonString text
                && !entry.getKey().equals("type")) {
              return Result.success(
                  Json.createObjectBuilder(s).add(entry.getKey(), text.getString() + "0").build());
            }
          }
          return Result.failure("no string member");
        };
    JsonObject changed =
        subject.containsKey(ProductFootprint.MEMBER)
            ? Json.createObjectBuilder(subject)
                .add(
                    ProductFootprint.MEMBER,
                    change.apply(subject.getJsonObject(ProductFootprint.MEMBER)).value())
                .build()
            : change.apply(subject).value();
    return Json.createObjectBuilder(credential).add("credentialSubject", changed).build();
  }

  private static String swapPayload(String jwt, JsonObject payload) {
    String[] parts = jwt.split("\\.");
    String encoded =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(JsonDocuments.write(payload).getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + encoded + "." + parts[2];
  }

  private static JsonObject resource(String path) {
    try (var in = SecuredSubjectsTest.class.getResourceAsStream(path)) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
