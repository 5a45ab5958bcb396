package org.greenvalue.issuer.packs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.evidence.build.PackBuilder;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Builds a pack from uploaded files and stores it under its manifest digest. Every file is checked
 * first; a refused upload stores nothing.
 */
@Service
class PackUploads {
  private final PackFiles files;
  private final EvidencePacks packs;
  private final PackProperties properties;
  private final ObjectMapper json;
  private final Clock clock;

  PackUploads(
      PackFiles files,
      EvidencePacks packs,
      PackProperties properties,
      ObjectMapper json,
      Clock clock) {
    this.files = files;
    this.packs = packs;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  StoredPack build(Organisation org, String subject, List<MultipartFile> uploads)
      throws IOException {
    if (uploads.isEmpty()) {
      throw Problem.badRequest("no-files", "a pack needs at least one file part named 'files'");
    }
    if (uploads.size() > properties.maxFiles()) {
      throw Problem.badRequest(
          "too-many-files", "at most " + properties.maxFiles() + " files per pack");
    }
    for (MultipartFile upload : uploads) {
      Optional<String> problem = UploadChecks.problem(upload, properties.mediaTypes());
      if (problem.isPresent()) {
        throw new Problem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-refused", "File refused", problem.get());
      }
    }
    PackBuilder builder =
        PackBuilder.create().subject(subject == null || subject.isBlank() ? org.did() : subject);
    List<InputStream> streams = new ArrayList<>();
    Path temporary = files.temporary();
    try {
      for (MultipartFile upload : uploads) {
        InputStream in = upload.getInputStream();
        streams.add(in);
        builder.addStream(upload.getOriginalFilename(), UploadChecks.mediaType(upload), in);
      }
      if (!builder.problems().isEmpty()) {
        throw Problem.badRequest("invalid-pack", String.join("; ", builder.problems()));
      }
      Result<SealedPack> sealed = builder.writeTo(temporary);
      if (!sealed.succeeded()) {
        throw Problem.invalid("invalid-pack", sealed.reason());
      }
      SealedPack pack = sealed.value();
      Path stored = files.store(temporary, pack.manifestDigest().toString());
      StoredPack row =
          new StoredPack(
              pack.manifestDigest().toString(),
              pack.merkleRoot().hex(),
              pack.packId(),
              org.id(),
              Files.size(stored),
              fileList(pack),
              clock.instant());
      packs.insert(row);
      return row;
    } finally {
      for (InputStream in : streams) {
        in.close();
      }
      Files.deleteIfExists(temporary);
    }
  }

  private String fileList(SealedPack pack) throws IOException {
    ArrayNode list = json.createArrayNode();
    for (FileEntry entry : pack.manifest().files()) {
      list.addObject()
          .put("path", entry.path().value())
          .put("mediaType", entry.mediaType().value())
          .put("size", entry.size());
    }
    return json.writeValueAsString(list);
  }
}
