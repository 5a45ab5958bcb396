package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Active contexts for a document's top-level {@code @context}, processed once and then shared.
 *
 * <p>Processing the W3C credentials context and ours takes most of an expansion's time, and its
 * result depends only on the {@code @context} value, the bundled contexts and the options (the
 * documents we expand carry no base URL). titanium never changes an active context once built: a
 * nested or scoped context is processed into a copy. So the result can be kept and shared between
 * threads.
 *
 * <p>Only a {@code @context} made of context URLs is kept (a string, or an array of strings), at
 * most {@value #MAX_ENTRIES} of them; anything else (inline context objects, a failure) is left to
 * titanium's full path, which also reports the error.
 */
final class PreparedContexts {

  static final int MAX_ENTRIES = 64;

  private final JsonLdOptions options;
  private final ConcurrentMap<String, ActiveContext> prepared = new ConcurrentHashMap<>();

  /**
   * @param options the expansion options every prepared context is processed under
   */
  PreparedContexts(JsonLdOptions options) {
    this.options = new JsonLdOptions(options);
  }

  /** The active context after processing {@code context}, if it is a list of context URLs. */
  Optional<ActiveContext> get(JsonValue context) {
    String key = keyOf(context);
    if (key == null) {
      return Optional.empty();
    }
    ActiveContext known = prepared.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      ActiveContext created =
          new ActiveContext(null, null, ProcessingRuntime.of(options))
              .newContext()
              .create(context, null);
      if (prepared.size() < MAX_ENTRIES) {
        prepared.putIfAbsent(key, created);
      }
      return Optional.of(created);
    } catch (JsonLdError e) {
      return Optional.empty();
    }
  }

  /**
   * The active context after processing {@code context}: the shared one for a list of context URLs,
   * else one processed for this call only (inline context objects are not kept); empty when it
   * cannot be processed.
   */
  Optional<ActiveContext> resolve(JsonValue context) {
    if (context == null) {
      return Optional.empty();
    }
    Optional<ActiveContext> shared = get(context);
    if (shared.isPresent() || keyOf(context) != null) {
      return shared;
    }
    try {
      return Optional.of(
          new ActiveContext(null, null, ProcessingRuntime.of(new JsonLdOptions(options)))
              .newContext()
              .create(context, null));
    } catch (JsonLdError | RuntimeException e) {
      return Optional.empty();
    }
  }

  int size() {
    return prepared.size();
  }

  /** The URLs joined by line feeds (which no URL contains), or null when not only URLs. */
  private static String keyOf(JsonValue context) {
    if (context instanceof JsonString url) {
      return url.getString();
    }
    if (!(context instanceof JsonArray urls) || urls.isEmpty()) {
      return null;
    }
    var key = new StringBuilder();
    for (JsonValue url : urls) {
      if (!(url instanceof JsonString text) || text.getString().indexOf('\n') >= 0) {
        return null;
      }
      key.append(text.getString()).append('\n');
    }
    return key.toString();
  }
}
