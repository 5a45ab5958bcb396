package org.greenvalue.registry.status;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * For other features: the state of a status list entry this registry published, looked up by the
 * {@code statusListCredential} URL and index a credential carries.
 */
@Service
public class StatusEntries {
  private static final Pattern PATH =
      Pattern.compile("/status-lists/(revocation|suspension)/([1-9][0-9]{0,17})");

  /** Where an entry stands. */
  public enum State {
    /** The URL is not one of this registry's lists. */
    NOT_OURS,
    /** One of our lists, but the index was never allocated (or the list does not exist). */
    UNKNOWN,
    CLEAR,
    SET
  }

  private final JdbcClient jdbc;
  private final StatusListProperties properties;

  StatusEntries(JdbcClient jdbc, StatusListProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /**
   * @param requestBase the base URL of the current request, used when no public base URL is set
   */
  public State state(String statusListCredential, String purpose, long index, URI requestBase) {
    URI base = properties.publicBaseUrl() != null ? properties.publicBaseUrl() : requestBase;
    String prefix = base.toString().replaceAll("/+$", "");
    if (statusListCredential == null || !statusListCredential.startsWith(prefix)) {
      return State.NOT_OURS;
    }
    Matcher path = PATH.matcher(statusListCredential.substring(prefix.length()));
    if (!path.matches()) {
      return State.NOT_OURS;
    }
    if (!path.group(1).equals(purpose) || index < 0 || index > Integer.MAX_VALUE) {
      return State.UNKNOWN;
    }
    return jdbc.sql(
            """
            SELECT e.status FROM status_entries e JOIN status_lists l ON l.id = e.list_id
            WHERE l.id = ? AND l.purpose = ? AND e.idx = ?""")
        .params(Long.parseLong(path.group(2)), purpose, (int) index)
        .query(Integer.class)
        .optional()
        .map(status -> status == 0 ? State.CLEAR : State.SET)
        .orElse(State.UNKNOWN);
  }
}
