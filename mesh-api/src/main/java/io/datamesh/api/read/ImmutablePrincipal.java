package io.datamesh.api.read;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The one implementation of {@link Principal}; collections are sorted so that logs and equality are stable. */
record ImmutablePrincipal(
    String id, Optional<String> domain, Set<String> roles, Map<String, String> attributes, Optional<String> purpose)
    implements Principal {
  static final Principal ANONYMOUS = new ImmutablePrincipal(
      ANONYMOUS_ID, Optional.empty(), Set.of(), Map.of(), Optional.empty());

  ImmutablePrincipal {
    roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  @Override
  public String toString() {
    return "Principal[id=" + id + domain.map(d -> ", domain=" + d).orElse("") + ", roles=" + roles
        + ", attributes=" + attributes + purpose.map(p -> ", purpose=" + p).orElse("") + "]";
  }
}
