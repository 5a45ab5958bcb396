package org.greenvalue.verifier.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.HttpFetcher;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.verifier.system.VerifierProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Credentials the web page is linked to by URL (the registry explorer's "Verify" link of a
 * retirement certificate: {@code /?credential=<certificate URL>}). The page may only talk to this
 * origin, so the service fetches the document, and only from the origins in {@code
 * gvr.verifier.web.credential-origins} (default: the configured registry's): no redirects, a size
 * and time limit, and the answer must be a credential (a JSON object or a compact JWS).
 */
@Component
class LinkedCredentials {

  static final int MAX_BYTES = 1024 * 1024;
  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+");
  private static final HttpFetcher.Limits LIMITS =
      new HttpFetcher.Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), MAX_BYTES);

  private final List<String> origins;
  private final HttpFetcher http = new JdkHttpFetcher();

  LinkedCredentials(
      VerifierProperties properties,
      @Value("${gvr.verifier.web.credential-origins:}") List<String> configured) {
    List<String> given =
        configured.stream()
            .filter(o -> !o.isBlank())
            .map(LinkedCredentials::requireOrigin)
            .toList();
    URI registry = properties.registry().url();
    this.origins =
        !given.isEmpty() || registry == null ? given : List.of(origin(registry.toString()));
  }

  /** The origins credentials may be loaded from, as {@code scheme://host:port}. */
  List<String> origins() {
    return origins;
  }

  /** Whether {@code url} is an absolute http(s) URL, without user info, on an allowed origin. */
  boolean allowed(URI url) {
    String origin = origin(url.toString());
    return !origin.isEmpty()
        && url.getRawUserInfo() == null
        && url.getHost() != null
        && origins.contains(origin);
  }

  /** The credential at {@code url}; a failure says why it could not be had. */
  Result<JsonValue> load(URI url) {
    return http.get(url, LIMITS)
        .flatMap(
            response -> {
              if (response.status() != 200) {
                return Result.failure("GET " + url + " answered " + response.status());
              }
              return credential(new String(response.body(), StandardCharsets.UTF_8).strip());
            });
  }

  private static Result<JsonValue> credential(String text) {
    if (text.startsWith("{")) {
      Result<JsonObject> json = JsonDocuments.parseObject(text);
      return json.succeeded()
          ? Result.success(json.value())
          : Result.failure("the document is not a JSON credential: " + json.reason());
    }
    if (COMPACT_JWS.matcher(text).matches()) {
      return Result.success(jakarta.json.Json.createValue(text));
    }
    return Result.failure("the document is neither a JSON credential nor a compact JWS");
  }

  private static String requireOrigin(String configured) {
    String origin = origin(configured);
    if (origin.isEmpty()) {
      throw new IllegalArgumentException(
          "gvr.verifier.web.credential-origins: '" + configured + "' is not an http(s) origin");
    }
    return origin;
  }

  /** {@code scheme://host:port} of a URL, lower case, the port explicit; "" when not http(s). */
  static String origin(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return "";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return "";
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
