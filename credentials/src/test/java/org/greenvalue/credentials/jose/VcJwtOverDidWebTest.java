package org.greenvalue.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidResolvers;
import org.greenvalue.credentials.did.DidWebTestServer;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.jwk.JsonWebKeys;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;

class VcJwtOverDidWebTest {

  @Test
  void verifiesACredentialWhoseIssuerKeyIsAJsonWebKeyInADidWebDocument() {
    var key = SigningKey.generate(KeyType.P256);
    try (var server = new DidWebTestServer()) {
      String did = server.did("issuers", "supplier");
      String document =
          "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\""
              + did
              + "\",\"verificationMethod\":[{\"id\":\"#key-1\",\"type\":\"JsonWebKey\","
              + "\"controller\":\""
              + did
              + "\",\"publicKeyJwk\":"
              + JsonWebKeys.toJson(key.publicKey())
              + "}],\"assertionMethod\":[\"#key-1\"]}";
      server.serve("/issuers/supplier/did.json", "application/did+json", document, Duration.ZERO);
      var resolvers =
          DidResolvers.keyAndWeb(server.config(), new JdkHttpFetcher(), JoseFixtures.NOW);
      var verifier = new VcJwtVerifier(resolvers, JoseFixtures.NOW);

      String jwt = new JoseSigner(key, did + "#key-1").secure(JoseFixtures.credential(did)).value();
      var report = verifier.verify(jwt);
      assertThat(report.valid()).as(report.toString()).isTrue();
      assertThat(JoseFixtures.header(jwt).getString("alg")).isEqualTo("ES256");

      String notAuthorised =
          new JoseSigner(key, did + "#key-2").secure(JoseFixtures.credential(did)).value();
      assertThat(verifier.verify(notAuthorised).failures())
          .extracting(Check::name)
          .containsExactly("jose.kid");
      assertThat(server.requests()).isEqualTo(1);
    }
  }
}
