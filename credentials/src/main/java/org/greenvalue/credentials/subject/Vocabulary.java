package org.greenvalue.credentials.subject;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.greenvalue.credentials.jsonld.JsonLdExpander;
import org.greenvalue.credentials.model.VerifiableCredential;

/**
 * Which of a credential's types are ours. A type is a Green Value type only when it expands, under
 * the credential's own top-level {@code @context}, to an IRI in {@value #NAMESPACE} (the {@code gv}
 * prefix of {@code https://greenvalue.org/ns/credentials/v1}); the bare name is not enough. So
 * {@code EmissionReductionCredential} under another {@code @vocab}, or without our context (the
 * credentials v2 context maps undefined types into its issuer-dependent namespace), is someone
 * else's type: such a credential is verified as a generic one, and our subject rules, trust lookups
 * and green-value semantics do not apply to it. Conversely {@code gv:EmissionReductionCredential}
 * or the full IRI is ours.
 *
 * <p>The type terms are resolved against the active context only, which {@link JsonLdExpander}
 * keeps for a list of context URLs; the document is not expanded.
 */
public final class Vocabulary {

  /** The namespace of our credential and subject types. */
  public static final String NAMESPACE = "https://greenvalue.org/ns/credentials#";

  private Vocabulary() {}

  /**
   * A credential's types as resolved.
   *
   * @param kinds our subject kinds the types expand to, in the order of the types
   * @param ours the local names (after {@link #NAMESPACE}) of every type in our namespace, such as
   *     {@code EmissionReductionCredential} or {@code TrustListCredential}
   * @param iris the absolute IRI of each type term that has one
   */
  public record Types(List<SubjectKind> kinds, List<String> ours, Map<String, String> iris) {

    public Types {
      kinds = List.copyOf(kinds);
      ours = List.copyOf(ours);
      iris = Map.copyOf(iris);
    }

    /** Our kind, when the types name exactly one. */
    public Optional<SubjectKind> kind() {
      return kinds.size() == 1 ? Optional.of(kinds.getFirst()) : Optional.empty();
    }

    /**
     * Why a type spelled like one of our kinds is not ours (it expands elsewhere), if one is; for
     * reports of foreign credentials.
     */
    public Optional<String> foreignLookalike() {
      for (SubjectKind k : SubjectKind.values()) {
        String iri = iris.get(k.credentialType());
        if (iri != null && !iri.equals(iriOf(k))) {
          return Optional.of(k.credentialType() + " expands to " + iri + ", not to " + iriOf(k));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The IRIs of the type terms. For a context made of URLs only (what we and most issuers send) the
   * answer depends on nothing else, so it is kept, per context and type list, for at most {@value
   * #MAX_CACHED} of them; inline contexts are resolved each time.
   */
  private static Map<String, String> irisOf(JsonValue context, List<String> types) {
    if (!urlsOnly(context)) {
      return JsonLdExpander.standard().typeIris(context, types);
    }
    var key = new CacheKey(context, types);
    Map<String, String> known = CACHE.get(key);
    if (known != null) {
      return known;
    }
    Map<String, String> iris = Map.copyOf(JsonLdExpander.standard().typeIris(context, types));
    if (CACHE.size() < MAX_CACHED) {
      CACHE.putIfAbsent(key, iris);
    }
    return iris;
  }

  private static boolean urlsOnly(JsonValue context) {
    if (context instanceof JsonString) {
      return true;
    }
    if (!(context instanceof JsonArray array) || array.isEmpty() || array.size() > 8) {
      return false;
    }
    for (JsonValue item : array) {
      if (!(item instanceof JsonString)) {
        return false;
      }
    }
    return true;
  }

  private record CacheKey(JsonValue context, List<String> types) {}

  private static final int MAX_CACHED = 256;
  private static final ConcurrentMap<CacheKey, Map<String, String>> CACHE =
      new ConcurrentHashMap<>();

  /** The IRI of a kind's credential type. */
  public static String iriOf(SubjectKind kind) {
    return NAMESPACE + kind.credentialType();
  }

  /** Resolves the credential's {@code type} terms under its {@code @context}. */
  public static Types of(VerifiableCredential credential) {
    List<String> types = credential.types();
    Map<String, String> iris = irisOf(credential.json().get("@context"), types);
    var kinds = new ArrayList<SubjectKind>(1);
    var ours = new ArrayList<String>(2);
    for (String type : types) {
      String iri = iris.get(type);
      if (iri == null || !iri.startsWith(NAMESPACE)) {
        continue;
      }
      String local = iri.substring(NAMESPACE.length());
      ours.add(local);
      for (SubjectKind k : SubjectKind.values()) {
        if (k.credentialType().equals(local) && !kinds.contains(k)) {
          kinds.add(k);
        }
      }
    }
    return new Types(kinds, ours, iris);
  }
}
