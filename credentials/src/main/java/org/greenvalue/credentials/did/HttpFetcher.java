package org.greenvalue.credentials.did;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.greenvalue.common.Result;

/**
 * Fetches a document over HTTP(S) with GET. Implementations follow no redirects, stop reading past
 * the size limit and give up after the timeout; each of these is a failure value, not an exception.
 */
public interface HttpFetcher {

  /**
   * @param uri what to fetch
   * @param limits how long to wait and how many body bytes to accept
   */
  Result<Response> get(URI uri, Limits limits);

  /**
   * @param connectTimeout to establish the connection
   * @param readTimeout for the whole response once connected
   * @param maxBytes largest body accepted
   */
  record Limits(Duration connectTimeout, Duration readTimeout, int maxBytes) {
    public Limits {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(readTimeout, "readTimeout");
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive");
      }
    }
  }

  /**
   * @param status the HTTP status code
   * @param contentType the Content-Type header, or empty
   * @param body the body, at most {@link Limits#maxBytes()} bytes
   */
  record Response(int status, String contentType, byte[] body) {
    public Response {
      Objects.requireNonNull(contentType, "contentType");
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }
}
