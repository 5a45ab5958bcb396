package org.greenvalue.evidence.manifest;

import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * A media type as {@code type/subtype}, each a restricted name of RFC 6838 §4.2 (no parameters).
 *
 * @param value the validated media type
 */
public record MediaType(String value) {
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";
  private static final Pattern SYNTAX = Pattern.compile(NAME + "/" + NAME);

  public MediaType {
    if (value == null || !SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException("not a media type: " + value);
    }
  }

  public static Result<MediaType> parse(String raw) {
    if (raw == null || !SYNTAX.matcher(raw).matches()) {
      return Result.failure("not a media type (type/subtype): '" + raw + "'");
    }
    return Result.success(new MediaType(raw));
  }

  @Override
  public String toString() {
    return value;
  }
}
