package org.greenvalue.service.problem;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An expected refusal: becomes an RFC 9457 problem document with a stable {@code type} and rolls
 * back whatever the request had started.
 */
public final class Problem extends RuntimeException {
  public static final String TYPE_BASE = "https://greenvalue.org/problems/";

  private final HttpStatus status;
  private final String slug;
  private final String title;
  private final Map<String, Object> properties;
  private final Duration retryAfter;

  public Problem(HttpStatus status, String slug, String title, String detail) {
    this(status, slug, title, detail, Map.of());
  }

  public Problem(
      HttpStatus status, String slug, String title, String detail, Map<String, Object> props) {
    this(status, slug, title, detail, props, null);
  }

  private Problem(
      HttpStatus status,
      String slug,
      String title,
      String detail,
      Map<String, Object> props,
      Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.properties = Map.copyOf(props);
    this.retryAfter = retryAfter;
  }

  /** The same problem, answered with a {@code Retry-After} header of {@code delay}. */
  public Problem withRetryAfter(Duration delay) {
    return new Problem(status, slug, title, getMessage(), properties, delay);
  }

  /** When to retry, for a refusal that is temporary. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public static Problem notFound(String slug, String detail) {
    return new Problem(HttpStatus.NOT_FOUND, slug, "Not found", detail);
  }

  public static Problem invalid(String slug, String detail) {
    return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, slug, "Invalid request", detail);
  }

  public static Problem conflict(String slug, String detail) {
    return new Problem(HttpStatus.CONFLICT, slug, "Conflict", detail);
  }

  public static Problem badRequest(String slug, String detail) {
    return new Problem(HttpStatus.BAD_REQUEST, slug, "Bad request", detail);
  }

  public static Problem unavailable(String slug, String detail) {
    return new Problem(HttpStatus.SERVICE_UNAVAILABLE, slug, "Service unavailable", detail);
  }

  public String slug() {
    return slug;
  }

  public HttpStatus status() {
    return status;
  }

  public ProblemDetail toDetail() {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, getMessage());
    detail.setType(URI.create(TYPE_BASE + slug));
    detail.setTitle(title);
    properties.forEach(detail::setProperty);
    return detail;
  }
}
