package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Port;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ranks products against free text. Each query term scores its best match in the product: names weigh most, then
 * tags, domain, ports and field names, then descriptions; a whole-word match counts fully, a word prefix 0.6, a
 * substring 0.3. The sum is scaled by the share of terms that matched, so products matching every term come first.
 */
final class TextSearch {
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}_]+");
  private static final int MAX_DEPTH = 64;

  private TextSearch() {}

  /** One searchable text of a product and what it is. */
  private record Field(String what, String text, double weight) {}

  /** A hit as a record; the interface lets it grow. */
  record Hit(DataProduct product, double score, List<String> reasons) implements SearchHit {
    Hit {
      Objects.requireNonNull(product, "product");
      reasons = List.copyOf(reasons);
    }
  }

  static List<SearchHit> search(List<DataProduct> products, String text, int limit) {
    List<String> terms = terms(text);
    List<Hit> hits = new ArrayList<>();
    for (DataProduct p : products) {
      Hit hit = score(p, terms);
      if (hit != null) {
        hits.add(hit);
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed()
        .thenComparing(h -> h.product().urn().toString()));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  static List<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    for (String t : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
      if (!t.isEmpty()) {
        terms.add(t);
      }
    }
    return List.copyOf(terms);
  }

  private static @Nullable Hit score(DataProduct p, List<String> terms) {
    List<Field> fields = fields(p);
    double score = 0;
    int matched = 0;
    List<String> reasons = new ArrayList<>();
    for (String term : terms) {
      double best = 0;
      @Nullable Field bestField = null;
      for (Field f : fields) {
        double s = f.weight() * quality(f.text(), term);
        if (s > best) {
          best = s;
          bestField = f;
        }
      }
      if (bestField != null) {
        score += best;
        matched++;
        reasons.add(bestField.what() + " matches '" + term + "'");
      }
    }
    if (matched == 0) {
      return null;
    }
    return new Hit(p, score * matched / terms.size(), reasons);
  }

  /** 1 for a whole word, 0.6 for a word prefix, 0.3 for a substring, 0 otherwise. */
  static double quality(String text, String term) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains(term)) {
      return 0;
    }
    double q = 0.3;
    for (String word : SPLIT.split(lower)) {
      if (word.equals(term)) {
        return 1;
      }
      if (word.startsWith(term)) {
        q = 0.6;
      }
    }
    return q;
  }

  private static List<Field> fields(DataProduct p) {
    List<Field> f = new ArrayList<>();
    f.add(new Field("name '" + p.name() + "'", p.name(), 10));
    p.displayName().ifPresent(d -> f.add(new Field("title '" + d + "'", d, 8)));
    for (String tag : p.tags()) {
      f.add(new Field("tag '" + tag + "'", tag, 6));
    }
    f.add(new Field("domain '" + p.domain().name() + "'", p.domain().name(), 5));
    p.description().ifPresent(d -> f.add(new Field("description", d, 3)));
    f.add(new Field("owner '" + p.owner().id() + "'", p.owner().id(), 2));
    for (Port port : p.ports()) {
      f.add(new Field(port.kind().segment() + " port '" + port.name() + "'", port.name(), 5));
      port.description().ifPresent(d -> f.add(new Field("description of port '" + port.name() + "'", d, 2)));
    }
    for (OutputPort out : p.outputPorts()) {
      out.contract().description().purpose().ifPresent(d -> f.add(new Field("purpose of contract '"
          + out.contract().id() + "'", d, 2)));
      for (String tag : out.contract().tags()) {
        f.add(new Field("contract tag '" + tag + "'", tag, 4));
      }
      for (SchemaObject o : out.contract().schema()) {
        f.add(new Field("table '" + o.name() + "'", o.name(), 4));
        o.description().ifPresent(d -> f.add(new Field("description of table '" + o.name() + "'", d, 1)));
        for (SchemaProperty prop : o.properties()) {
          properties(prop, f, 0);
        }
      }
    }
    return f;
  }

  private static void properties(SchemaProperty p, List<Field> f, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (!p.name().isEmpty()) {
      f.add(new Field("field '" + p.name() + "'", p.name(), 4));
      p.businessName().ifPresent(b -> f.add(new Field("field '" + p.name() + "' (" + b + ")", b, 4)));
      p.description().ifPresent(d -> f.add(new Field("description of field '" + p.name() + "'", d, 1)));
      for (String tag : p.tags()) {
        f.add(new Field("tag '" + tag + "' of field '" + p.name() + "'", tag, 3));
      }
    }
    for (SchemaProperty child : p.properties()) {
      properties(child, f, depth + 1);
    }
    p.items().ifPresent(items -> properties(items, f, depth + 1));
  }
}
