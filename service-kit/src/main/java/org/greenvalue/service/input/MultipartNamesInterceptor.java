package org.greenvalue.service.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.greenvalue.service.problem.Problem;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a NUL character in form fields and in multipart part names and file names (400 problem
 * {@code nul-byte}) before a controller sees them. Runs after authentication, so an anonymous
 * caller never makes us parse a multipart body.
 */
final class MultipartNamesInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      check("the parameter name", parameter.getKey());
      for (String value : parameter.getValue()) {
        check("the parameter " + printable(parameter.getKey()), value);
      }
    }
    if (request instanceof MultipartHttpServletRequest multipart) {
      MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
      for (Map.Entry<String, List<MultipartFile>> part : files.entrySet()) {
        check("a part name", part.getKey());
        for (MultipartFile file : part.getValue()) {
          String name = file.getOriginalFilename();
          if (name != null) {
            check("the file name of part " + printable(part.getKey()), name);
          }
        }
      }
    }
    return true;
  }

  private static void check(String where, String text) {
    if (text != null && text.indexOf('\0') >= 0) {
      throw Problem.badRequest("nul-byte", where + " contains a NUL character (U+0000)");
    }
  }

  private static String printable(String name) {
    return "'" + name.replace("\0", "\\u0000") + "'";
  }
}
