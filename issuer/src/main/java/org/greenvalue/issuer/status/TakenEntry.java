package org.greenvalue.issuer.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A status list entry given to one credential.
 *
 * @param json the {@code BitstringStatusListEntry} for the credential's {@code credentialStatus}
 */
public record TakenEntry(String purpose, long listId, int index, String json) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<TakenEntry>> LIST = new TypeReference<>() {};

  /** The entries as stored with an issued credential: a JSON array of these records. */
  public static List<TakenEntry> listOf(String stored) {
    try {
      return JSON.readValue(stored, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored status entries are unreadable", e);
    }
  }

  /** The entries as they are stored with an issued credential. */
  public static String stored(List<TakenEntry> entries) {
    try {
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
