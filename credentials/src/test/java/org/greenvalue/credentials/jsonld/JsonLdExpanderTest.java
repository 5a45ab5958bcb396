package org.greenvalue.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdExpanderTest {

  private static final String V2 = "\"https://www.w3.org/ns/credentials/v2\"";
  private static final String EXAMPLES = "\"https://www.w3.org/ns/credentials/examples/v2\"";
  private final JsonLdExpander expander = JsonLdExpander.standard();

  @Test
  void expandsACredentialWhoseTermsAreAllDefined() {
    var expanded =
        expander.expand(
            json(
                "{'@context':[V2,EX],'type':['VerifiableCredential','AlumniCredential'],"
                    + "'issuer':'did:example:1','credentialSubject':{'alumniOf':'School'}}"));
    assertThat(expanded.succeeded()).as(() -> expanded.reason()).isTrue();
    assertThat(expanded.value().toString())
        .contains("https://www.w3.org/ns/credentials/examples#alumniOf");
  }

  @Test
  void refusesARemoteContextNamingIt() {
    var result =
        expander.expand(json("{'@context':[V2,'https://example.com/evil/v1'],'id':'urn:x'}"));
    assertThat(result.reason())
        .contains("remote context refused")
        .contains("https://example.com/evil/v1");
  }

  @Test
  void refusesAnUndefinedPropertyUnderAContextWithoutVocab() {
    var result =
        expander.expand(
            json(
                "{'@context':'https://w3id.org/security/data-integrity/v2',"
                    + "'id':'urn:x','carbonFootprint':2.5}"));
    assertThat(result.reason()).contains("'carbonFootprint'").contains("dropped");
  }

  @Test
  void refusesAnUndefinedSubjectPropertyUnderCredentialsV2Alone() {
    var result =
        expander.expand(
            json(
                "{'@context':[V2],'type':'VerifiableCredential','issuer':'did:example:1',"
                    + "'credentialSubject':{'pcfKgCo2e':'2.5'}}"));
    assertThat(result.reason()).contains("'pcfKgCo2e'");
  }

  @Test
  void refusesTermsOnceAScopedContextRemovesTheVocabulary() {
    var result =
        expander.expand(
            json(
                "{'@context':[V2,EX],'type':'VerifiableCredential','credentialSubject':"
                    + "{'@context':{'@vocab':null},'alumniOf':'School'}}"));
    assertThat(result.reason()).contains("'alumniOf'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'@context':[V2],'type':['VerifiableCredential','CarbonCredential']} | type 'CarbonCredential'",
        "{'@context':[V2],'id':'credential-1','type':'VerifiableCredential'} | node id 'credential-1'",
        "{'@context':[V2],'type':'VerifiableCredential','issuer':'issuers/1'} | node id 'issuers/1'",
        "{'@context':[V2,{'q':'https://e.org/q'}],'q':{'@value':'1','@type':'Decimal'}} | datatype 'Decimal'",
        "{'@context':[V2,{'rel':'relative-property'}],'rel':'x'} | 'rel'",
        "{'@context':[V2],'type':'VerifiableCredential','id':'https://a b/1'} | node id IRI 'https://a b/1'",
        "{'@context':[V2],'type':'VerifiableCredential','credentialSubject':{'id':'http://x> <http://y'}} | ill-formed node id",
        "{'@context':[V2],'type':'VerifiableCredential','credentialSubject':{'id':'_:b 1'}} | ill-formed blank node",
        "{'@context':[V2],'type':'VerifiableCredential','credentialSubject':{'a:':'x'}} | ill-formed property IRI 'a:'",
        "{'@context':[V2],'id':'urn:x','name':{'@value':'x','@language':'not a tag'}} | language tag",
        "{'@context':[V2,{'p':'https://e.org/p q'}],'p':'x'} | INVALID_IRI_MAPPING",
        "{'@context':[V2,{'q':'https://e.org/q'}],'q':{'@value':'1','@type':'https://e.org/d t'}} | INVALID_TYPED_VALUE"
      })
  void refusesTypesIdsAndDatatypesThatWouldBeDropped(String document, String named) {
    assertThat(expander.expand(json(document)).reason()).contains(named.strip());
  }

  @Test
  void acceptsUndefinedTermsWhenTheUndefinedTermsContextMapsThem() {
    var result =
        expander.expand(
            json(
                "{'@context':[V2,'https://www.w3.org/ns/credentials/undefined-terms/v2'],"
                    + "'type':'VerifiableCredential','credentialSubject':{'pcf':'2.5'}}"));
    assertThat(result.succeeded()).as(() -> result.reason()).isTrue();
  }

  @Test
  void expandsWithAnAddedVocabularyBundle() {
    var contexts = BundledContexts.load("org/greenvalue/credentials/test-contexts").value();
    var result =
        new JsonLdExpander(contexts)
            .expand(
                json(
                    "{'@context':[V2,'https://example.org/green/v1'],"
                        + "'type':['VerifiableCredential','CarbonFootprintCredential'],"
                        + "'credentialSubject':{'pcf':'2.5','unit':'kgCO2e'}}"));
    assertThat(result.succeeded()).as(() -> result.reason()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'@context':5}",
        "{'@context':'relative.jsonld','a':1}",
        "{'@context':'file:///etc/passwd','a':1}",
        "{'@context':{'@version':2.0}}",
        "{'@context':[V2,{'id':'urn:redefined'}],'id':'urn:x'}",
        "{'@context':{'@vocab':'https://e.org/','@type':'x'},'a':{'@value':{}}}",
        "{'@context':[V2],'@type':{'nested':true}}",
        "{'@context':[V2],'@id':5}",
        "{'@context':[V2],'https://e.org/p q':'x'}"
      })
  void turnsHostileContextsAndShapesIntoFailuresNeverExceptions(String document) {
    var result = expander.expand(json(document));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).isNotBlank();
  }

  static JsonObject json(String singleQuoted) {
    String text = singleQuoted.replace("V2", V2).replace("EX", EXAMPLES).replace('\'', '"');
    return JsonDocuments.parseObject(text).value();
  }
}
