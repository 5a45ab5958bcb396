package org.greenvalue.evidence.verify;

import java.io.IOException;
import java.io.OutputStream;
import org.greenvalue.evidence.manifest.PackPath;

/** Where verified bytes go while they are checked: nowhere, or into an unpacking directory. */
public interface EntrySink {
  /** Discards everything: verification only. */
  EntrySink DISCARD =
      new EntrySink() {
        @Override
        public OutputStream open(PackPath path) {
          return OutputStream.nullOutputStream();
        }

        @Override
        public void metadata(String name, byte[] bytes) {}
      };

  /** A stream for the bytes of one file; closed by the caller. */
  OutputStream open(PackPath path) throws IOException;

  /** The raw bytes of a metadata file ({@code manifest.json} or {@code disclosure.json}). */
  void metadata(String name, byte[] bytes) throws IOException;
}
