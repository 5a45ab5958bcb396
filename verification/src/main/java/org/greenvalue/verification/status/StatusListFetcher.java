package org.greenvalue.verification.status;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.HttpFetcher;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.status.BitstringStatusListSubject;

/**
 * Fetches status list credentials only from allow-listed URL prefixes (e.g. {@code
 * http://localhost:8080/status-lists/}), verifies each (proof, shape, type {@code
 * BitstringStatusListCredential}), and caches it for its {@code ttl} (or the configured default),
 * never past the credential's {@code validUntil}.
 */
public final class StatusListFetcher implements StatusSource {

  private static final HttpFetcher.Limits LIMITS =
      new HttpFetcher.Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), 4 * 1024 * 1024);

  private final HttpFetcher http;
  private final List<String> allowedPrefixes;
  private final CredentialVerifier verifier;
  private final Clock clock;
  private final Duration defaultTtl;
  private final ConcurrentHashMap<String, StatusList> cache = new ConcurrentHashMap<>();

  public StatusListFetcher(
      HttpFetcher http,
      List<String> allowedPrefixes,
      CredentialVerifier verifier,
      Clock clock,
      Duration defaultTtl) {
    this.http = http;
    this.allowedPrefixes = List.copyOf(allowedPrefixes);
    this.verifier = verifier;
    this.clock = clock;
    this.defaultTtl = defaultTtl;
  }

  @Override
  public Lookup fetch(String url) {
    Instant now = clock.instant();
    StatusList cached = cache.get(url);
    if (cached != null && now.isBefore(cached.freshUntil())) {
      return new Lookup.Found(cached);
    }
    if (allowedPrefixes.stream().noneMatch(url::startsWith)) {
      return new Lookup.Refused(url + " is not on the status list allow-list " + allowedPrefixes);
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Lookup.Refused("malformed status list URL " + url);
    }
    var response = http.get(uri, LIMITS);
    if (!response.succeeded()) {
      return new Lookup.Unavailable(response.reason());
    }
    if (response.value().status() != 200) {
      return new Lookup.Unavailable("GET " + url + " answered " + response.value().status());
    }
    Result<StatusList> read =
        read(url, new String(response.value().body(), StandardCharsets.UTF_8), now);
    if (!read.succeeded()) {
      return new Lookup.Refused(read.reason());
    }
    cache.put(url, read.value());
    return new Lookup.Found(read.value());
  }

  private Result<StatusList> read(String url, String body, Instant now) {
    VerificationReport report = verifier.verify(body);
    if (!report.valid()) {
      return Result.failure("the status list " + url + " does not verify: " + report.failures());
    }
    var parsed = JsonDocuments.parseObject(body.strip());
    if (!parsed.succeeded()) {
      return Result.failure("the status list " + url + " is not a JSON credential");
    }
    var vc = VerifiableCredential.of(parsed.value());
    if (!vc.types().contains("BitstringStatusListCredential")) {
      return Result.failure(url + " is not a BitstringStatusListCredential");
    }
    if (vc.id().isPresent() && !vc.id().get().equals(url)) {
      return Result.failure("the status list at " + url + " names itself " + vc.id().get());
    }
    List<JsonObject> subjects = vc.credentialSubjects();
    if (subjects.size() != 1) {
      return Result.failure("a status list credential has exactly one subject");
    }
    return BitstringStatusListSubject.parse(subjects.getFirst())
        .map(
            subject -> {
              Duration ttl = subject.ttl().orElse(defaultTtl);
              Instant fresh = now.plus(ttl);
              if (vc.validUntil().isPresent() && vc.validUntil().get().isBefore(fresh)) {
                fresh = vc.validUntil().get();
              }
              return new StatusList(subject, vc.issuerId().orElse(""), now, fresh);
            });
  }
}
