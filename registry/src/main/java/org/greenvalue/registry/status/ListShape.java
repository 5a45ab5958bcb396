package org.greenvalue.registry.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.StatusMessage;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.service.problem.Problem;

/**
 * The width of a list's entries and, for a {@code message} list, what each value means: entries are
 * allocated only in a list of the shape they ask for. Revocation and suspension lists are one bit
 * wide without messages; a message list has 1 to 8 bits and one message per value (Bitstring Status
 * List 1.0 §2.1).
 */
record ListShape(int statusSize, List<StatusMessage> messages) {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final ListShape ONE_BIT = new ListShape(1, List.of());

  ListShape {
    messages = List.copyOf(messages);
  }

  /** The shape an allocation asks for; 422 when it does not fit the purpose or the rules. */
  static ListShape requested(
      StatusPurpose purpose, Integer statusSize, List<StatusMessageRequest> statusMessage) {
    if (purpose != StatusPurpose.MESSAGE) {
      if ((statusSize != null && statusSize != 1) || statusMessage != null) {
        throw Problem.invalid(
            "one-bit-purpose",
            purpose.wireName()
                + " entries are one bit without statusMessage; wider entries are for the message"
                + " purpose");
      }
      return ONE_BIT;
    }
    int size = statusSize == null ? 1 : statusSize;
    if (size < 1 || size > 8) {
      throw Problem.invalid("status-size-out-of-range", "statusSize must be 1 to 8, not " + size);
    }
    if (statusMessage == null) {
      throw Problem.invalid(
          "status-message-missing", "a message entry needs statusMessage, one per value");
    }
    List<StatusMessage> messages =
        statusMessage.stream().map(m -> new StatusMessage(m.status(), m.message())).toList();
    StatusMessage.faultFor(messages, size)
        .ifPresent(
            fault -> {
              throw Problem.invalid("status-message-mismatch", "statusMessage " + fault);
            });
    return new ListShape(size, messages);
  }

  /** The shape stored with a list. */
  static ListShape stored(int statusSize, String messagesJson) {
    if (messagesJson == null) {
      return new ListShape(statusSize, List.of());
    }
    try {
      List<StatusMessage> messages =
          List.of(JSON.readValue(messagesJson, StatusMessageRequest[].class)).stream()
              .map(m -> new StatusMessage(m.status(), m.message()))
              .toList();
      return new ListShape(statusSize, messages);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored statusMessage is unreadable", e);
    }
  }

  /** The messages as stored (null for a list without messages). */
  String messagesJson() {
    if (messages.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(
          messages.stream().map(m -> new StatusMessageRequest(m.status(), m.message())).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code value} fits an entry of this shape. */
  boolean fits(int value) {
    return value >= 0 && value < 1 << statusSize;
  }

  BitstringStatusListEntry entry(StatusPurpose purpose, int index, URI url) {
    return purpose == StatusPurpose.MESSAGE
        ? BitstringStatusListEntry.ofMessages(index, url, statusSize, messages)
        : BitstringStatusListEntry.of(purpose, index, url);
  }
}
