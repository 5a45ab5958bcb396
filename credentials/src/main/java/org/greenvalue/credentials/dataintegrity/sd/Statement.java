package org.greenvalue.credentials.dataintegrity.sd;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.util.function.UnaryOperator;

/** One RDF quad as titanium hands it over; blank nodes are {@code _:label}. */
record Statement(
    String subject,
    String predicate,
    String object,
    String datatype,
    String language,
    String direction,
    String graph) {

  void to(RdfQuadConsumer consumer) throws RdfConsumerException {
    consumer.quad(subject, predicate, object, datatype, language, direction, graph);
  }

  /** The statement with every blank node or IRI node (not literal) passed through {@code f}. */
  Statement nodes(UnaryOperator<String> f) {
    return new Statement(
        f.apply(subject),
        predicate,
        datatype == null ? f.apply(object) : object,
        datatype,
        language,
        direction,
        graph == null ? null : f.apply(graph));
  }
}
