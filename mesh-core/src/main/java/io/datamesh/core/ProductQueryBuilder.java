package io.datamesh.core;

import io.datamesh.api.DomainKind;
import io.datamesh.api.LifecycleStatus;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ProductQuery}; unset criteria match everything.
 *
 * <p>{@code ProductQuery.builder().setDomain("sales").addTag("pii").build()}
 */
public final class ProductQueryBuilder {
  private @Nullable String domain;
  private @Nullable DomainKind kind;
  private @Nullable String owner;
  private final Set<String> tags = new LinkedHashSet<>();
  private @Nullable LifecycleStatus status;
  private @Nullable String fieldName;

  ProductQueryBuilder() {}

  /**
   * Matches products of one domain.
   *
   * @param domain the domain name
   * @return this builder
   */
  public ProductQueryBuilder setDomain(String domain) {
    this.domain = Objects.requireNonNull(domain, "domain");
    return this;
  }

  /**
   * Matches products of one domain kind.
   *
   * @param kind the kind
   * @return this builder
   */
  public ProductQueryBuilder setKind(DomainKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return this;
  }

  /**
   * Matches products of one owner.
   *
   * @param owner the owner id
   * @return this builder
   */
  public ProductQueryBuilder setOwner(String owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
    return this;
  }

  /**
   * Matches products carrying a tag; several tags must all be present.
   *
   * @param tag the tag
   * @return this builder
   */
  public ProductQueryBuilder addTag(String tag) {
    tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Matches products in one lifecycle status.
   *
   * @param status the status
   * @return this builder
   */
  public ProductQueryBuilder setStatus(LifecycleStatus status) {
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /**
   * Matches products whose output contracts declare a property of this name, at any depth.
   *
   * @param fieldName the property name
   * @return this builder
   */
  public ProductQueryBuilder setFieldName(String fieldName) {
    this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
    return this;
  }

  /**
   * Builds the query.
   *
   * @return the query
   */
  public ProductQuery build() {
    return new ProductQuery(Optional.ofNullable(domain), Optional.ofNullable(kind), Optional.ofNullable(owner),
        tags, Optional.ofNullable(status), Optional.ofNullable(fieldName));
  }
}
