package org.greenvalue.issuer.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file before it goes into a pack: a declared media type on the allow-list, and
 * the first bytes agree with it (a PDF starts {@code %PDF-}, a PNG and a JPEG with their
 * signatures, JSON with a brace or bracket, text has no NUL bytes).
 */
final class UploadChecks {
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private UploadChecks() {}

  /** The media type without parameters, lower case. */
  static String mediaType(MultipartFile file) {
    String declared = file.getContentType() == null ? "" : file.getContentType();
    return declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  /** Why the file is refused, or empty when it is acceptable. */
  static Optional<String> problem(MultipartFile file, Set<String> allowed) throws IOException {
    String name = file.getOriginalFilename();
    String type = mediaType(file);
    if (name == null || name.isBlank()) {
      return Optional.of("a file part has no file name");
    }
    if (!allowed.contains(type)) {
      return Optional.of(name + ": media type '" + type + "' is not accepted");
    }
    if (file.isEmpty()) {
      return Optional.of(name + ": the file is empty");
    }
    byte[] head;
    try (InputStream in = file.getInputStream()) {
      head = in.readNBytes(512);
    }
    boolean matches =
        switch (type) {
          case "application/pdf" -> startsWith(head, PDF);
          case "image/png" -> startsWith(head, PNG);
          case "image/jpeg" -> startsWith(head, JPEG);
          case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
              startsWith(head, ZIP);
          case "application/json" -> firstNonBlank(head) == '{' || firstNonBlank(head) == '[';
          default -> !containsNul(head);
        };
    return matches
        ? Optional.empty()
        : Optional.of(name + ": the content does not look like " + type);
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }

  private static int firstNonBlank(byte[] data) {
    for (byte b : data) {
      if (!Character.isWhitespace(b)) {
        return b;
      }
    }
    return -1;
  }

  private static boolean containsNul(byte[] data) {
    for (byte b : data) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
