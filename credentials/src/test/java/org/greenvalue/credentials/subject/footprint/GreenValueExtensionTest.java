package org.greenvalue.credentials.subject.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.List;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.Fixtures;
import org.junit.jupiter.api.Test;

class GreenValueExtensionTest {
  private static final String JWS = "eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln";
  private static final String DI =
      "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
          + "\"issuer\":\"did:key:z6Mk\",\"credentialSubject\":{},\"proof\":{\"type\":\"DataIntegrityProof\"}}";

  private final JsonObject custody =
      JSON.createObjectBuilder()
          .add("credentialId", "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427")
          .add("allocationId", "urn:uuid:2b4e28ba-2fa1-11d2-883f-0016d3cca427")
          .add("quantity", "200")
          .build();
  private final GreenValueExtension.Contents contents =
      new GreenValueExtension.Contents(
          JWS,
          List.of(DI),
          List.of(new GreenValueExtension.Reduction(DI, List.of(JWS))),
          List.of(custody));

  @Test
  void writesASchemaValidExtensionThatReadsBackTheSameContents() {
    JsonObject extension = GreenValueExtension.of("https://issuer.example/", contents);
    assertThat(extension.getString("dataSchema"))
        .isEqualTo("https://issuer.example/pact/extensions/green-value/1.0.0/schema.json");
    assertThat(GreenValueExtensionSchema.validate(extension)).isEmpty();
    JsonObject footprint =
        JSON.createObjectBuilder(Fixtures.footprint())
            .add("extensions", JSON.createArrayBuilder().add(extension))
            .build();
    var read = GreenValueExtension.of(footprint).orElseThrow();
    assertThat(read.credential()).isEqualTo(JWS);
    assertThat(read.assurances()).hasSize(1);
    assertThat(JsonDocuments.parseObject(read.assurances().get(0)).value())
        .isEqualTo(JsonDocuments.parseObject(DI).value());
    assertThat(read.reductions()).hasSize(1);
    assertThat(read.reductions().get(0).assurances()).containsExactly(JWS);
    assertThat(read.custody()).containsExactly(custody);
  }

  @Test
  void schemaRefusesAnExtensionWithoutTheFootprintCredentialOrWithAnUnknownMediaType() {
    JsonObject extension = GreenValueExtension.of("https://issuer.example", contents);
    JsonObject data = extension.getJsonObject("data");
    JsonObject noCredential =
        JSON.createObjectBuilder(extension)
            .add("data", JSON.createObjectBuilder(data).remove("credential"))
            .build();
    assertThat(GreenValueExtensionSchema.validate(noCredential)).isNotEmpty();
    JsonObject badMedia =
        JSON.createObjectBuilder(extension)
            .add(
                "data",
                JSON.createObjectBuilder(data)
                    .add(
                        "credential",
                        JSON.createObjectBuilder()
                            .add("mediaType", "text/plain")
                            .add("credential", JWS)))
            .build();
    assertThat(GreenValueExtensionSchema.validate(badMedia)).isNotEmpty();
  }

  @Test
  void recognisesTheExtensionByItsSchemaPathAndSetsItAsideWithTheOldOne() {
    JsonObject other =
        JSON.createObjectBuilder()
            .add("specVersion", "2.0.0")
            .add("dataSchema", "https://example.org/other/1.0.0/schema.json")
            .add("data", JSON.createObjectBuilder())
            .build();
    JsonObject footprint =
        JSON.createObjectBuilder(Fixtures.footprint())
            .remove("extensions")
            .add(
                "extensions",
                JSON.createArrayBuilder()
                    .add(other)
                    .add(CredentialExtension.of(JWS))
                    .add(GreenValueExtension.of("http://localhost:8081", contents)))
            .build();
    JsonObject bare = GreenValueExtension.withoutOurs(footprint);
    assertThat(bare.getJsonArray("extensions")).containsExactly(other);
    assertThat(GreenValueExtension.isOurs(other)).isFalse();
  }
}
