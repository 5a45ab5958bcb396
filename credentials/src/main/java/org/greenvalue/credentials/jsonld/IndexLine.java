package org.greenvalue.credentials.jsonld;

import java.util.Optional;
import org.greenvalue.common.Result;

/** One {@code <url> = <file>} line of the context index; comments and blank lines are empty. */
record IndexLine(String url, String file) {

  static Optional<Result<IndexLine>> parse(String line, int number) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
      return Optional.empty();
    }
    int split = trimmed.lastIndexOf('=');
    if (split <= 0 || split == trimmed.length() - 1) {
      return Optional.of(Result.failure("line " + number + " is not '<url> = <file>'"));
    }
    String url = trimmed.substring(0, split).strip().replace("\\:", ":");
    String file = trimmed.substring(split + 1).strip();
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      return Optional.of(Result.failure("line " + number + ": not an http(s) URL: " + url));
    }
    if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
      return Optional.of(Result.failure("line " + number + ": file must be a plain name: " + file));
    }
    return Optional.of(Result.success(new IndexLine(url, file)));
  }
}
