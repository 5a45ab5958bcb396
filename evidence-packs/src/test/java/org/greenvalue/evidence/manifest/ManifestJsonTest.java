package org.greenvalue.evidence.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestJsonTest {
  private static final Salt SALT = new Salt("A".repeat(42) + "A");
  private static final FileEntry ENTRY =
      new FileEntry(
          new PackPath("a.csv"),
          new MediaType("text/csv"),
          5_000_000_000L,
          new Sha256Digest("00".repeat(32)),
          SALT);
  private static final Manifest MANIFEST =
      new Manifest(
          "urn:uuid:6f1c2b8e-1d2a-4c1e-9a63-0d7e5e3c2a10",
          "claim-1",
          Instant.parse("2025-06-01T12:00:00.123Z"),
          List.of(ENTRY),
          new Sha256Digest("11".repeat(32)));

  @Test
  void writesCanonicalJsonThatParsesBackToTheSameManifest() {
    byte[] json = ManifestJson.write(MANIFEST);
    assertThat(new String(json, StandardCharsets.UTF_8))
        .startsWith("{\"createdAt\":\"2025-06-01T12:00:00.123Z\",\"files\":[{\"mediaType\"")
        .contains("\"size\":5000000000");
    assertThat(ManifestJson.parse(json)).isEqualTo(Result.success(MANIFEST));
    assertThat(MANIFEST.digest()).isEqualTo(CanonicalJson.sha256(MANIFEST.toJson()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "hashAlgorithm|sha-512|unsupported hashAlgorithm",
        "packId|6f1c2b8e-1d2a-4c1e-9a63-0d7e5e3c2a10|urn:uuid",
        "createdAt|2025-06-01T12:00:00.1230Z|canonical",
        "createdAt|yesterday|ISO-8601",
        "merkleRoot|ABC|SHA-256",
        "subject|' '|blank",
        "extra|x|unknown fields"
      })
  void refusesManifestsWithBadTopLevelFields(String key, String value, String problem) {
    assertThat(parse(m -> m.add(key, value.equals("' '") ? " " : value)))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains(problem));
  }

  @Test
  void refusesUnsortedOrEmptyFileLists() {
    JsonObject b = entry("b.csv");
    JsonObject a = entry("a.csv");
    assertThat(parse(m -> m.add("files", Json.createArrayBuilder().add(b).add(a))))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains("sorted"));
    assertThat(parse(m -> m.add("files", Json.createArrayBuilder())))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains("at least one"));
  }

  @Test
  void refusesBadEntries() {
    JsonObject bad =
        Json.createObjectBuilder(entry("../x"))
            .add("size", -1)
            .add("salt", "x")
            .add("sha256", "sha256:" + "00".repeat(32))
            .build();
    assertThat(parse(m -> m.add("files", Json.createArrayBuilder().add(bad))))
        .isInstanceOfSatisfying(
            Result.Failure.class,
            e ->
                assertThat(e.reason())
                    .contains("traversal", "non-negative integer", "salt", "bare lowercase hex"));
  }

  @Test
  void refusesDuplicateKeysAndNonObjects() {
    String json = new String(ManifestJson.write(MANIFEST), StandardCharsets.UTF_8);
    String duplicated = json.replaceFirst("\\{", "{\"subject\":\"other\",");
    assertThat(ManifestJson.parse(duplicated.getBytes(StandardCharsets.UTF_8)).succeeded())
        .isFalse();
    String nested = json.replaceFirst("\\{\"mediaType\"", "{\"path\":\"x\",\"mediaType\"");
    assertThat(nested).isNotEqualTo(json);
    assertThat(ManifestJson.parse(nested.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains("Duplicate key 'path'"));
    assertThat(ManifestJson.parse("[]".getBytes(StandardCharsets.UTF_8)).succeeded()).isFalse();
    assertThat(ManifestJson.parse("{".getBytes(StandardCharsets.UTF_8)).succeeded()).isFalse();
  }

  private static JsonObject entry(String path) {
    return Json.createObjectBuilder(ENTRY.toJson()).add("path", path).build();
  }

  private static Result<Manifest> parse(UnaryOperator<JsonObjectBuilder> change) {
    JsonObject json = change.apply(Json.createObjectBuilder(MANIFEST.toJson())).build();
    return ManifestJson.parse(CanonicalJson.bytes(json));
  }
}
