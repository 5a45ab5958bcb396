package org.greenvalue.credentials.status;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violations;

/** Reads a {@link BitstringStatusListEntry} from untrusted JSON, collecting every violation. */
final class StatusEntryReader {

  private static final Pattern INDEX = Pattern.compile("0|[1-9]\\d{0,9}");

  private StatusEntryReader() {}

  static Result<BitstringStatusListEntry> read(JsonObject json) {
    var in = SubjectReader.of(json);
    in.text("type")
        .filter(t -> !t.equals(BitstringStatusListEntry.TYPE))
        .ifPresent(t -> in.reject("type", "must be " + BitstringStatusListEntry.TYPE));
    var id = in.optionalText("id");
    var purpose = in.choice("statusPurpose", StatusPurpose.class);
    Optional<Integer> index = Optional.empty();
    if (in.has("statusListIndex")
        && !(json.get("statusListIndex") instanceof jakarta.json.JsonString)) {
      in.reject("statusListIndex", "must be a string of decimal digits, e.g. \"94567\"");
    } else {
      index = in.text("statusListIndex").flatMap(t -> index(in, t));
    }
    var listCredential = in.text("statusListCredential").flatMap(t -> url(in, t));
    int statusSize = statusSize(in, json);
    var messages = messages(in);
    if (statusSize > 1 && messages.isEmpty()) {
      in.reject("statusMessage", "is required when statusSize is above 1");
    }
    if (!messages.isEmpty()) {
      StatusMessage.faultFor(messages, statusSize).ifPresent(f -> in.reject("statusMessage", f));
    }
    var finalIndex = index;
    return Violations.toResult(
        in.violations(),
        () ->
            new BitstringStatusListEntry(
                id, purpose.get(), finalIndex.get(), listCredential.get(), statusSize, messages));
  }

  private static Optional<Integer> index(SubjectReader in, String text) {
    if (!INDEX.matcher(text).matches() || Long.parseLong(text) > Integer.MAX_VALUE) {
      in.reject("statusListIndex", "must be a non-negative integer string below 2^31");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private static Optional<URI> url(SubjectReader in, String text) {
    try {
      URI uri = new URI(text);
      if (uri.isAbsolute()) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    in.reject("statusListCredential", "must be an absolute URL");
    return Optional.empty();
  }

  private static int statusSize(SubjectReader in, JsonObject json) {
    if (!in.has("statusSize")) {
      return 1;
    }
    if (json.get("statusSize") instanceof JsonNumber n
        && n.isIntegral()
        && n.bigDecimalValue().compareTo(java.math.BigDecimal.ONE) >= 0
        && n.bigDecimalValue()
                .compareTo(java.math.BigDecimal.valueOf(BitstringStatusList.MAX_STATUS_SIZE))
            <= 0) {
      return n.intValue();
    }
    in.reject("statusSize", "must be an integer from 1 to " + BitstringStatusList.MAX_STATUS_SIZE);
    return 1;
  }

  private static List<StatusMessage> messages(SubjectReader in) {
    if (!in.has("statusMessage")) {
      return List.of();
    }
    var messages = new ArrayList<StatusMessage>();
    for (SubjectReader m : in.objects("statusMessage")) {
      var status = m.text("status");
      var message = m.text("message");
      if (status.isPresent() && !StatusMessage.HEX_VALUE.matcher(status.get()).matches()) {
        m.reject("status", "must be a hex value such as \"0x1\"");
      } else if (status.isPresent() && message.isPresent()) {
        messages.add(new StatusMessage(status.get(), message.get()));
      }
    }
    return messages;
  }
}
