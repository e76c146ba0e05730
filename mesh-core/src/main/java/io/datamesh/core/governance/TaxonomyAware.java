package io.datamesh.core.governance;

import io.datamesh.api.policy.Policy;

/** A policy that reads the classification taxonomy; the engine binds it to the global set's taxonomy. */
interface TaxonomyAware {
  Policy withTaxonomy(ClassificationTaxonomy taxonomy);
}
