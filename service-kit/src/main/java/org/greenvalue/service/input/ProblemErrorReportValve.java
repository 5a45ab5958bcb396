package org.greenvalue.service.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.greenvalue.service.problem.Problem;

/**
 * What Tomcat refuses before any servlet runs (e.g. {@code %00} in the path) as an RFC 9457 problem
 * document instead of Tomcat's HTML page. Installed as the host's error report valve.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String body =
        "{\"type\":\""
            + Problem.TYPE_BASE
            + (status == 400 ? "rejected-request" : "http-" + status)
            + "\",\"title\":\"Request refused\",\"status\":"
            + status
            + ",\"detail\":\"The server refused the request before reading it.\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the connection is gone: nothing more to say
    }
  }
}
