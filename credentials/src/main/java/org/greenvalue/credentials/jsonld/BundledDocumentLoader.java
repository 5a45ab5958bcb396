package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import java.util.Objects;

/**
 * A titanium document loader that serves only {@link BundledContexts}. Any other URL is refused
 * with an error naming it: nothing is ever fetched from the network or the file system.
 */
public final class BundledDocumentLoader implements DocumentLoader {

  /** Marks the refusal so callers can report it as such. */
  static final String REFUSED = "remote context refused (only bundled contexts are served): ";

  private final BundledContexts contexts;

  public BundledDocumentLoader(BundledContexts contexts) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String key = url == null ? "null" : url.toString();
    var context = contexts.get(key);
    if (context.isEmpty()) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, REFUSED + key);
    }
    // A fresh wrapper per call: titanium may set the document URL on it; the JSON is shared.
    JsonDocument document = JsonDocument.of(MediaType.JSON_LD, context.get());
    document.setDocumentUrl(url);
    return document;
  }
}
