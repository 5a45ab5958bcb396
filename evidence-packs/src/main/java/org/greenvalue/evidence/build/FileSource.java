package org.greenvalue.evidence.build;

import java.io.InputStream;
import java.nio.file.Path;

/** Where the bytes of a file being packed come from. */
sealed interface FileSource {
  /** A file on disk, read through a channel. */
  record FromPath(Path file) implements FileSource {}

  /** A stream read once to its end and not closed. */
  record FromStream(InputStream in) implements FileSource {}
}
