package org.greenvalue.credentials.model;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * A credential secured by an enveloping proof and carried as a {@code data:} URL (VC DM 2.0 §4.13):
 * {@code {"@context": "https://www.w3.org/ns/credentials/v2", "id":
 * "data:application/vc+jwt,eyJ...", "type": "EnvelopedVerifiableCredential"}}.
 *
 * @param mediaType the media type of the data URL, e.g. {@code application/vc+jwt}
 * @param data the enveloped credential, e.g. a JWS compact serialization
 */
public record EnvelopedVerifiableCredential(String mediaType, String data)
    implements PresentedCredential {

  public static final String TYPE = "EnvelopedVerifiableCredential";

  // RFC 2397 without ";base64": the JWS compact serialization is already URL-safe.
  private static final Pattern DATA_URL =
      Pattern.compile("data:([a-z0-9!#$&^_.+\\-]+/[a-z0-9!#$&^_.+\\-]+),(.+)", Pattern.DOTALL);

  public EnvelopedVerifiableCredential {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(data, "data");
  }

  /** Reads the object form; the type must include the enveloped type and id be a data URL. */
  public static Result<EnvelopedVerifiableCredential> parse(JsonObject object) {
    if (!JsonProperties.strings(object, "type").contains(TYPE)) {
      return Result.failure("type does not include " + TYPE);
    }
    String id = JsonProperties.string(object, "id").orElse("");
    var matcher = DATA_URL.matcher(id);
    if (!matcher.matches()) {
      return Result.failure("id of an " + TYPE + " must be a data: URL with a media type");
    }
    return Result.success(new EnvelopedVerifiableCredential(matcher.group(1), matcher.group(2)));
  }

  public String dataUrl() {
    return "data:" + mediaType + "," + data;
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("@context", VerifiableCredential.CONTEXT_V2)
        .add("id", dataUrl())
        .add("type", TYPE)
        .build();
  }
}
