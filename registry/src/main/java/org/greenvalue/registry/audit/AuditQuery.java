package org.greenvalue.registry.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Filters and page of an audit query; every filter optional. */
record AuditQuery(
    String clientId,
    String action,
    String subject,
    Instant from,
    Instant until,
    int page,
    int size) {

  /** The SQL {@code WHERE} clause for the filters given, adding their values to {@code params}. */
  String where(List<Object> params) {
    List<String> conditions = new ArrayList<>();
    add(conditions, params, "client_id = ?", clientId);
    add(conditions, params, "action = ?", action);
    add(conditions, params, "subject = ?", subject);
    add(conditions, params, "at >= ?", from == null ? null : Timestamp.from(from));
    add(conditions, params, "at < ?", until == null ? null : Timestamp.from(until));
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> params, String sql, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.add(value);
    }
  }
}
