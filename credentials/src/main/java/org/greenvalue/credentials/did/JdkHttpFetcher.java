package org.greenvalue.credentials.did;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.greenvalue.common.Result;

/**
 * {@link HttpFetcher} over the JDK {@link HttpClient}: no redirects, the connect timeout on the
 * client, the read timeout over the whole exchange, and the size limit enforced while the body
 * streams in (a body past the limit is cancelled, not buffered).
 */
public final class JdkHttpFetcher implements HttpFetcher {

  private final ConcurrentHashMap<Duration, HttpClient> clients = new ConcurrentHashMap<>();

  @Override
  public Result<Response> get(URI uri, Limits limits) {
    HttpClient client =
        clients.computeIfAbsent(
            limits.connectTimeout(),
            timeout ->
                HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
    var request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(limits.readTimeout())
            .header("Accept", "application/did+json, application/json")
            .build();
    var future =
        client.sendAsync(request, info -> new LimitedBodySubscriber(info, limits.maxBytes()));
    long wait = limits.connectTimeout().plus(limits.readTimeout()).toMillis();
    try {
      HttpResponse<byte[]> response = future.get(wait, TimeUnit.MILLISECONDS);
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      return Result.success(new Response(response.statusCode(), contentType, response.body()));
    } catch (TimeoutException e) {
      future.cancel(true);
      return Result.failure("GET " + uri + " timed out after " + wait + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return Result.failure("interrupted while fetching " + uri);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LimitedBodySubscriber.TooLarge) {
        return Result.failure(
            "GET " + uri + ": document larger than " + limits.maxBytes() + " bytes");
      }
      String what = cause instanceof IOException ? "could not be fetched" : "failed";
      return Result.failure("GET " + uri + " " + what + ": " + cause);
    }
  }
}
