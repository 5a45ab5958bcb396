package org.greenvalue.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RdfCanonicalizerTest {

  private final RdfCanonicalizer canonicalizer = RdfCanonicalizer.standard();

  @Test
  void givesTheSameCanonicalFormWhateverTheKeyOrderAndBlankNodes() {
    String a =
        "{'@context':[V2,EX],'type':'VerifiableCredential','credentialSubject':"
            + "{'alumniOf':'School','degree':{'name':'BSc','level':'1'}},'issuer':'did:example:1'}";
    String b =
        "{'issuer':'did:example:1','credentialSubject':{'degree':{'level':'1','name':'BSc'},"
            + "'alumniOf':'School'},'type':'VerifiableCredential','@context':[V2,EX]}";
    String first = canonicalizer.canonicalize(JsonLdExpanderTest.json(a)).value();
    assertThat(first).isEqualTo(canonicalizer.canonicalize(JsonLdExpanderTest.json(b)).value());
    assertThat(first).contains("_:c14n0").endsWith(" .\n");
  }

  @Test
  void reportsWhatSafeModeRefused() {
    var result =
        canonicalizer.canonicalize(
            JsonLdExpanderTest.json("{'@context':[V2],'type':'UnknownCredential'}"));
    assertThat(result.reason()).contains("'UnknownCredential'");
  }
}
