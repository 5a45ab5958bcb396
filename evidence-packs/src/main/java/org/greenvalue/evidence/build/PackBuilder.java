package org.greenvalue.evidence.build;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.hash.Hashed;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.manifest.Manifest;
import org.greenvalue.evidence.manifest.ManifestJson;
import org.greenvalue.evidence.manifest.MediaType;
import org.greenvalue.evidence.manifest.PackPath;
import org.greenvalue.evidence.manifest.PathCollisions;
import org.greenvalue.evidence.manifest.Salt;

/**
 * Assembles an evidence pack: files plus a {@code manifest.json}, streamed into a ZIP. Each file is
 * hashed while it is copied, so files of any size pack in constant memory. Invalid input (paths,
 * media types, collisions, no subject, no files) is collected and returned as a failure before
 * anything is written. Single use: stream sources are consumed by {@link #writeTo}.
 */
public final class PackBuilder {
  private final Clock clock;
  private final SecureRandom random;
  private final Supplier<UUID> ids;
  private final List<PendingFile> files = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private String subject;

  private PackBuilder(Clock clock, SecureRandom random, Supplier<UUID> ids) {
    this.clock = clock;
    this.random = random;
    this.ids = ids;
  }

  public static PackBuilder create() {
    return create(Clock.systemUTC(), new SecureRandom(), UUID::randomUUID);
  }

  /** A builder with an injected clock, salt source and pack id source (for tests). */
  public static PackBuilder create(Clock clock, SecureRandom random, Supplier<UUID> ids) {
    return new PackBuilder(clock, random, ids);
  }

  /** What the pack supports, e.g. a credential id or claim id. */
  public PackBuilder subject(String subject) {
    this.subject = subject;
    return this;
  }

  public PackBuilder addFile(String path, String mediaType, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      problems.add("not a readable regular file: " + file);
    }
    return add(path, mediaType, new FileSource.FromPath(file));
  }

  /** Adds a stream, read to its end during {@link #writeTo} and not closed. */
  public PackBuilder addStream(String path, String mediaType, InputStream in) {
    return add(path, mediaType, new FileSource.FromStream(in));
  }

  private PackBuilder add(String path, String mediaType, FileSource source) {
    PackPath packPath = accept(PackPath.parse(path));
    MediaType type = accept(MediaType.parse(mediaType));
    if (packPath != null && type != null) {
      files.add(new PendingFile(packPath, type, source));
    }
    return this;
  }

  private <T> T accept(Result<T> result) {
    return switch (result) {
      case Result.Success<T> ok -> ok.value();
      case Result.Failure<T> err -> {
        problems.add(err.reason());
        yield null;
      }
    };
  }

  /** Problems found so far; {@link #writeTo} refuses to write while there are any. */
  public List<String> problems() {
    List<String> all = new ArrayList<>(problems);
    if (subject == null || subject.isBlank()) {
      all.add("a pack needs a subject");
    }
    if (files.isEmpty() && problems.isEmpty()) {
      all.add("a pack needs at least one file");
    }
    all.addAll(PathCollisions.find(files.stream().map(f -> f.path().value()).toList()));
    return all;
  }

  /** Writes the pack to a file, atomically replacing it once the pack is complete. */
  public Result<SealedPack> writeTo(Path target) throws IOException {
    return AtomicFile.write(target, this::writeTo);
  }

  /** Streams the pack as a ZIP into {@code out}, which is flushed but not closed. */
  public Result<SealedPack> writeTo(OutputStream out) throws IOException {
    List<String> all = problems();
    if (!all.isEmpty()) {
      return Result.failure(String.join("; ", all));
    }
    Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<PendingFile> sorted =
        files.stream().sorted(Comparator.comparing(PendingFile::path)).toList();
    List<FileEntry> entries = new ArrayList<>();
    HashingCopier copier = new HashingCopier();
    try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8)) {
      for (PendingFile file : sorted) {
        zip.putNextEntry(zipEntry(file.path().value(), createdAt));
        Hashed hashed = copier.copy(file.source(), zip);
        zip.closeEntry();
        entries.add(
            new FileEntry(
                file.path(),
                file.mediaType(),
                hashed.size(),
                hashed.sha256(),
                Salt.random(random)));
      }
      Sha256Digest root = Sha256Digest.fromBytes(Manifest.merkleTree(entries).root());
      Manifest manifest = new Manifest("urn:uuid:" + ids.get(), subject, createdAt, entries, root);
      zip.putNextEntry(zipEntry(Manifest.FILE_NAME, createdAt));
      zip.write(ManifestJson.write(manifest));
      zip.closeEntry();
      return Result.success(SealedPack.of(manifest));
    }
  }

  static ZipEntry zipEntry(String name, Instant time) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(time.toEpochMilli());
    entry.setMethod(ZipEntry.DEFLATED);
    return entry;
  }

  private record PendingFile(PackPath path, MediaType mediaType, FileSource source) {}

  /** Lets the ZIP stream finish and release its deflater without closing the caller's stream. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
