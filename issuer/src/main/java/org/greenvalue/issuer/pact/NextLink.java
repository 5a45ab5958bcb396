package org.greenvalue.issuer.pact;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Where a listing's next page is announced: the request's own scheme, host, port and path, and its
 * filters as the client gave them (in order). Part of a cached page's key, since the {@code Link}
 * header is built from it.
 *
 * @param port the request's port; -1 when it is the scheme's default
 * @param filters the query parameters other than {@code limit} and {@code cursor}, in order
 */
record NextLink(
    String scheme,
    String host,
    int port,
    String path,
    List<Map.Entry<String, List<String>>> filters) {

  static NextLink of(HttpServletRequest request, MultiValueMap<String, String> params) {
    List<Map.Entry<String, List<String>>> filters = new ArrayList<>(params.size());
    for (Map.Entry<String, List<String>> param : params.entrySet()) {
      if (!param.getKey().equals("cursor") && !param.getKey().equals("limit")) {
        filters.add(Map.entry(param.getKey(), List.copyOf(param.getValue())));
      }
    }
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return new NextLink(
        scheme,
        request.getServerName(),
        defaultPort ? -1 : port,
        request.getRequestURI(),
        List.copyOf(filters));
  }

  /**
   * The URI of the page of {@code limit} rows after {@code cursor}, with the same filters. Names
   * and values are percent-encoded except for RFC 3986 unreserved characters, so that a server
   * decodes exactly what the client sent: a {@code +} left as is would come back as a space, a
   * brace would make the URI invalid.
   */
  String to(int limit, long cursor) {
    String base =
        UriComponentsBuilder.newInstance()
            .scheme(scheme)
            .host(host)
            .port(port)
            .path(path)
            .encode()
            .build()
            .toUriString();
    StringJoiner query = new StringJoiner("&", base + "?", "");
    for (Map.Entry<String, List<String>> filter : filters) {
      for (String value : filter.getValue()) {
        query.add(encoded(filter.getKey()) + "=" + encoded(value));
      }
    }
    return query.add("limit=" + limit).add("cursor=" + cursor).toString();
  }

  private static String encoded(String text) {
    return UriUtils.encode(text, StandardCharsets.UTF_8);
  }
}
