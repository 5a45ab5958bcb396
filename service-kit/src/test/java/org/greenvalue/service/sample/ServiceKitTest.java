package org.greenvalue.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.greenvalue.service.keys.EnvelopeCipher;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A service built only from the kit: embedded database, tokens, problems, idempotency, keys. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceKitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path HOME = TestDirectories.create("service-kit-test");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EnvelopeCipher cipher;

  @DynamicPropertySource
  static void home(DynamicPropertyRegistry registry) {
    registry.add("gvr.database.data-dir", () -> HOME.resolve("db").toString());
    registry.add("gvr.keys.master-key-file", () -> HOME.resolve("master.key").toString());
  }

  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    boolean isProblem(int expected) throws IOException {
      return status == expected
          && headers.firstValue("Content-Type").orElse("").startsWith("application/problem+json")
          && json().path("status").asInt() == expected
          && json().hasNonNull("type");
    }
  }

  @Test
  void startsItsOwnPostgresInTheConfiguredDirectory() throws Exception {
    Response r = get("/database", token("reader", "reader-secret", "sample.read"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Path.of(r.body()).toRealPath()).isEqualTo(HOME.resolve("db").toRealPath());
    assertThat(count()).isNotNegative();
  }

  @Test
  void refusesMissingAndForgedTokensAsProblems() throws Exception {
    Response missing = get("/things/a", null);
    assertThat(missing.isProblem(401)).as(missing.toString()).isTrue();
    assertThat(missing.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    String token = token("reader", "reader-secret", "sample.read");
    Response forged = get("/things/a", token.substring(0, token.length() - 4) + "AAAA");
    assertThat(forged.isProblem(401)).as(forged.toString()).isTrue();
  }

  @Test
  void refusesAMissingScopeAsAProblem() throws Exception {
    Response r =
        post(
            "/things",
            token("reader", "reader-secret", "sample.read"),
            "k",
            "{\"name\":\"a\",\"count\":1}");
    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/insufficient-scope");
  }

  @Test
  void refusesAWrongClientSecret() throws Exception {
    assertThat(tokenRequest("reader", "wrong", "sample.read").status()).isEqualTo(401);
    assertThat(tokenRequest("reader", "reader-secret", "sample.write").status()).isEqualTo(400);
  }

  @Test
  void turnsAnExpectedRefusalIntoItsProblem() throws Exception {
    Response r = get("/things/zebra", token("reader", "reader-secret", "sample.read"));
    assertThat(r.isProblem(404)).isTrue();
    assertThat(r.json().get("type").asText())
        .isEqualTo("https://greenvalue.org/problems/unknown-thing");
    assertThat(r.json().get("detail").asText()).contains("zebra");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() throws Exception {
    String token = token("writer", "writer-secret", "sample.write sample.read");
    assertThat(get("/nowhere", token).isProblem(404)).isTrue();
    Response method = send("DELETE", "/things/a", token, "application/json", "");
    assertThat(method.isProblem(405)).as(method.toString()).isTrue();
    Response type = send("POST", "/things", token, "text/plain", "hello");
    assertThat(type.isProblem(415)).as(type.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":",
        "{\"name\":\"a\",\"count\":1,\"extra\":true}",
        "{\"name\":\"a\",\"count\":\"many\"}",
        "{\"name\":\"\",\"count\":0}",
        "[]",
        "{\"name\":\"a\",\"name\":\"b\",\"count\":1}",
        "{\"name\":\"a\",\"count\":1,\"count\":2}",
        "{\"name\":\"a\\u0000b\",\"count\":1}",
        "{\"na\\u0000me\":\"a\",\"count\":1}",
        "{\"name\":\"a\\\\\\u0000\",\"count\":1}"
      })
  void hostileBodiesAreProblemsAndWriteNothing(String body) throws Exception {
    String token = token("writer", "writer-secret", "sample.write sample.read");
    long before = count();
    Response r = post("/things", token, UUID.randomUUID().toString(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(r.json().get("detail").asText()).isNotBlank();
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anEscapedBackslashBeforeU0000IsTextNotANul() throws Exception {
    String token = token("writer", "writer-secret", "sample.write sample.read");
    Response r =
        post(
            "/things",
            token,
            UUID.randomUUID().toString(),
            "{\"name\":\"a\\\\u0000\",\"count\":1}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("name").asText()).isEqualTo("a\\u0000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/things/a%00b", "/things/a?filter=x%00y", "/things/a?x%00=1"})
  void aNulInThePathOrQueryIsA400Problem(String path) throws Exception {
    String token = token("reader", "reader-secret", "sample.read");
    Response r = get(path, token);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    // Tomcat itself refuses %00 in the path, before any filter: its refusal is a problem too.
    assertThat(r.json().get("type").asText())
        .isIn(
            "https://greenvalue.org/problems/nul-byte",
            "https://greenvalue.org/problems/rejected-request");
  }

  @Test
  void validationNamesEveryField() throws Exception {
    String token = token("writer", "writer-secret", "sample.write sample.read");
    Response r = post("/things", token, "v-1", "{\"name\":\"\",\"count\":0}");
    assertThat(r.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "count");
  }

  @Test
  void replaysAnIdempotentWriteAndRefusesTheKeyForAnotherBody() throws Exception {
    String token = token("writer", "writer-secret", "sample.write sample.read");
    String key = UUID.randomUUID().toString();
    long before = count();
    Response first = post("/things", token, key, "{\"name\":\"a\",\"count\":1}");
    Response again = post("/things", token, key, "{\"name\":\"a\",\"count\":1}");
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.headers().firstValue("Idempotency-Replayed")).hasValue("true");
    assertThat(first.json().get("client").asText()).isEqualTo("writer");
    assertThat(count()).isEqualTo(before + 1);

    Response other = post("/things", token, key, "{\"name\":\"b\",\"count\":1}");
    assertThat(other.isProblem(422)).as(other.toString()).isTrue();
    Response missing = post("/things", token, null, "{\"name\":\"b\",\"count\":1}");
    assertThat(missing.isProblem(400)).as(missing.toString()).isTrue();
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void sealsUnderAMasterKeyFileItCreatedOwnerOnly() throws Exception {
    byte[] context = "k".getBytes(StandardCharsets.UTF_8);
    EnvelopeCipher.Sealed sealed = cipher.seal(new byte[] {4, 5, 6}, context);
    assertThat(cipher.open(sealed, context)).containsExactly(4, 5, 6);
    Path file = HOME.resolve("master.key");
    assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM idempotency_keys").query(Long.class).single();
  }

  private String token(String client, String secret, String scopes) throws Exception {
    Response r = tokenRequest(client, secret, scopes);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("access_token").asText();
  }

  private Response tokenRequest(String client, String secret, String scopes) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri("/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=" + scopes.replace(" ", "%20"))));
  }

  private Response get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  private Response post(String path, String token, String key, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return send(b);
  }

  private Response send(String method, String path, String token, String type, String body)
      throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers(), r.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
