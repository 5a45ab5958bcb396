package org.greenvalue.registry.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The explorer's single page at {@code /}; its routes are in the URL fragment. */
@Controller
class ExplorerPage {

  @GetMapping("/")
  String index() {
    return "forward:/explorer/index.html";
  }
}
