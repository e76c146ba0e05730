package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential test against the official ODCS v3.1.0 JSON Schema: on generated contracts, valid ones and ones
 * mutated to break one rule, our verdict equals the oracle's and every location we report is one it reports.
 * Mutated documents are fed as JSON text: in YAML the reader deliberately takes a plain scalar such as 1.0 in a
 * string position as the string written, which the oracle (seeing a number) would reject.
 */
class DifferentialProperties {

  @Property(tries = 400)
  void generated_valid_contracts_are_valid_for_both(@ForAll("seeds") long seed) {
    ObjectNode doc = new ContractGenerator(new Random(seed)).contract();
    Differential.assertAgree(doc, doc.toString());
    Differential.assertAgree(doc, ContractWriter.write(doc, Format.YAML));
  }

  @Property(tries = 600)
  void contracts_mutated_to_break_one_rule_are_rejected_by_both_at_agreeing_locations(
      @ForAll("seeds") long seed) {
    Random random = new Random(seed);
    ObjectNode doc = new ContractGenerator(random).contract();
    ContractMutator mutator = new ContractMutator(random);
    mutator.mutate(doc);
    Statistics.collect(mutator.applied());
    Differential.assertAgree(doc, doc.toString());
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
