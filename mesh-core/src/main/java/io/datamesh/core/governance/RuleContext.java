package io.datamesh.core.governance;

/** What every rule can see: the document root and the mesh's classification taxonomy. */
record RuleContext(Located root, ClassificationTaxonomy taxonomy) {}
