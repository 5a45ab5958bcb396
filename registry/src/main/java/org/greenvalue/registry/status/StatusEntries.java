package org.greenvalue.registry.status;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.service.problem.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * For other features: the state of a status list entry this registry published, looked up by the
 * {@code statusListCredential} URL and index a credential carries, and the list itself as this
 * registry signs it (read from its own database, never over HTTP).
 */
@Service
public class StatusEntries {
  private static final Pattern PATH =
      Pattern.compile("/status-lists/(revocation|suspension|message)/([1-9][0-9]{0,17})");

  private final JdbcClient jdbc;
  private final StatusListProperties properties;
  private final StatusListPublisher publisher;

  StatusEntries(JdbcClient jdbc, StatusListProperties properties, StatusListPublisher publisher) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.publisher = publisher;
  }

  /** A list's credential, as signed by the registry. */
  public record SignedListCredential(String issuer, BitstringStatusListSubject subject) {}

  /**
   * The list at {@code statusListCredential}, as this registry currently signs it; empty when the
   * URL is not one of this registry's lists or no such list exists.
   *
   * @param requestBase the base URL of the current request, used when no public base URL is set
   */
  public Optional<SignedListCredential> list(String statusListCredential, URI requestBase) {
    Optional<Matcher> path = ourPath(statusListCredential, requestBase);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    StatusPurpose purpose =
        StatusPurpose.valueOf(path.get().group(1).toUpperCase(java.util.Locale.ROOT));
    URI base = properties.publicBaseUrl() != null ? properties.publicBaseUrl() : requestBase;
    SignedList signed;
    try {
      signed = publisher.current(purpose, Long.parseLong(path.get().group(2)), base);
    } catch (Problem unknownList) {
      return Optional.empty();
    }
    JsonObject json = JsonDocuments.parseObject(signed.credential()).orElseThrow();
    VerifiableCredential vc = VerifiableCredential.of(json);
    List<JsonObject> subjects = vc.credentialSubjects();
    var subject = BitstringStatusListSubject.parse(subjects.getFirst());
    return subject.succeeded()
        ? Optional.of(new SignedListCredential(vc.issuerId().orElse(""), subject.value()))
        : Optional.empty();
  }

  /**
   * Whether this registry allocated {@code index} of the list at {@code statusListCredential} to a
   * credential; false for a URL that is not one of its lists.
   */
  public boolean allocated(String statusListCredential, long index, URI requestBase) {
    Optional<Matcher> path = ourPath(statusListCredential, requestBase);
    return path.isPresent()
        && index >= 0
        && index <= Integer.MAX_VALUE
        && entryStatus(Long.parseLong(path.get().group(2)), path.get().group(1), index).isPresent();
  }

  /**
   * The current status of entry {@code index} of one of this registry's lists, named by its URL's
   * path alone (a public base URL's path prefix allowed): for the entries of credentials the
   * registry has already checked against its own lists, such as a minted lot's, whatever host name
   * they reached it through. Empty when the path names no entry of this registry.
   */
  public Optional<Integer> statusByPath(URI statusListCredential, long index) {
    String path = statusListCredential.getPath() == null ? "" : statusListCredential.getPath();
    int at = path.lastIndexOf("/status-lists/");
    Matcher matcher = PATH.matcher(at < 0 ? "" : path.substring(at));
    if (!matcher.matches() || index < 0 || index > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return entryStatus(Long.parseLong(matcher.group(2)), matcher.group(1), index);
  }

  private Optional<Matcher> ourPath(String statusListCredential, URI requestBase) {
    URI base = properties.publicBaseUrl() != null ? properties.publicBaseUrl() : requestBase;
    String prefix = base.toString().replaceAll("/+$", "");
    if (statusListCredential == null || !statusListCredential.startsWith(prefix)) {
      return Optional.empty();
    }
    Matcher path = PATH.matcher(statusListCredential.substring(prefix.length()));
    return path.matches() ? Optional.of(path) : Optional.empty();
  }

  private Optional<Integer> entryStatus(long listId, String purpose, long index) {
    return jdbc.sql(
            """
            SELECT e.status FROM status_entries e JOIN status_lists l ON l.id = e.list_id
            WHERE l.id = ? AND l.purpose = ? AND e.idx = ?""")
        .params(listId, purpose, (int) index)
        .query(Integer.class)
        .optional();
  }
}
