package org.greenvalue.verifier.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.verification.eligibility.Policy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Policy versions in PostgreSQL; a version, once written, never changes. */
@Repository
class PolicyRepository {

  /** A stored version and who published it when. */
  record Stored(Policy policy, String createdBy, Instant createdAt) {}

  private static final TypeReference<List<Policy.Rule>> RULES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  PolicyRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** False when that version exists already (a concurrent publish won). */
  boolean insert(Policy policy, String createdBy, Instant at) {
    try {
      jdbc.sql(
              """
              INSERT INTO policy_versions (name, version, description, rules, created_by, created_at)
              VALUES (:name, :version, :description, CAST(:rules AS jsonb), :by, :at)""")
          .param("name", policy.name())
          .param("version", policy.version())
          .param("description", policy.description())
          .param("rules", json.writeValueAsString(policy.rules()))
          .param("by", createdBy)
          .param("at", Timestamp.from(at))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write rules as JSON", e);
    }
  }

  Optional<Stored> latest(String name) {
    return jdbc.sql(
            "SELECT * FROM policy_versions WHERE name = :name ORDER BY version DESC LIMIT 1")
        .param("name", name)
        .query(this::row)
        .optional();
  }

  Optional<Stored> version(String name, int version) {
    return jdbc.sql("SELECT * FROM policy_versions WHERE name = :name AND version = :version")
        .param("name", name)
        .param("version", version)
        .query(this::row)
        .optional();
  }

  /** The latest version of every policy, by name. */
  List<Stored> latestOfEach() {
    return jdbc.sql(
            """
            SELECT DISTINCT ON (name) * FROM policy_versions ORDER BY name, version DESC""")
        .query(this::row)
        .list();
  }

  List<Stored> versions(String name) {
    return jdbc.sql("SELECT * FROM policy_versions WHERE name = :name ORDER BY version")
        .param("name", name)
        .query(this::row)
        .list();
  }

  private Stored row(ResultSet rs, int n) throws SQLException {
    try {
      List<Policy.Rule> rules = json.readValue(rs.getString("rules"), RULES);
      return new Stored(
          new Policy(
              rs.getString("name"), rs.getInt("version"), rs.getString("description"), rules),
          rs.getString("created_by"),
          rs.getTimestamp("created_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new SQLException("stored rules are not JSON", e);
    }
  }
}
