package io.datamesh.core.contract;

import io.datamesh.api.contract.Contract;
import java.util.List;

/**
 * Gives a contract read from an ODCS document: the {@link Contract} view over the full document (unknown keys and
 * custom properties are kept and written back unchanged) and what the reader noticed.
 *
 * <pre>{@code
 * ContractDocument orders = Contracts.read(Path.of("orders.odcs.yaml"));
 * orders.warnings().forEach(System.err::println);
 * String yaml = Contracts.write(orders, Format.YAML);
 * }</pre>
 */
public interface ContractDocument extends Contract {
  /**
   * Returns the warnings and notes found while reading: v3.0 constructs upgraded, references that do not resolve,
   * plain YAML scalars taken as strings.
   *
   * @return the problems of severity {@link Severity#WARNING} or {@link Severity#INFO}, possibly empty
   */
  List<Problem> warnings();

  /**
   * Returns where the document came from: a file name, {@code <string>} or {@code <stream>}.
   *
   * @return the origin
   */
  String origin();
}
