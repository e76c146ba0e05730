package io.datamesh.core.contract;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads, writes and validates ODCS data contracts (v3.1.0; v3.0.x is upgraded on reading).
 *
 * <pre>{@code
 * ContractDocument orders = Contracts.read(Path.of("orders.odcs.yaml"));   // throws ContractException if invalid
 * orders.schemaObject("orders").orElseThrow().primaryKey();
 *
 * ValidationResult result = Contracts.validate(Path.of("draft.odcs.yaml")); // every problem, never throws for content
 * result.problems().forEach(System.err::println);
 *
 * String yaml = Contracts.write(orders, Format.YAML);                        // lossless: unknown keys are kept
 * }</pre>
 *
 * <p>YAML is read by YAML 1.2 rules ({@code on}, {@code no} and {@code 2022-10-03} are strings), and a plain
 * scalar such as {@code 1.0} where ODCS expects a string is read as the string written. Hostile input (duplicate
 * keys, alias bombs, deep nesting, documents over 2 MiB, invalid UTF-8, byte-order marks, empty files, a list
 * instead of a mapping) is rejected with a {@link ContractException} naming the line and column.
 */
public final class Contracts {
  private Contracts() {}

  /**
   * Reads and validates a contract file.
   *
   * @param path a {@code .odcs.yaml} or JSON file
   * @return the contract, with the warnings found
   * @throws ContractException if the file cannot be parsed or the contract has errors; every problem is listed
   * @throws MeshException with {@link MeshStatus#NOT_FOUND} if the file does not exist, or
   *     {@link MeshStatus#UNAVAILABLE} if it cannot be read
   */
  public static ContractDocument read(Path path) {
    return read(parse(path));
  }

  /**
   * Reads and validates a contract from a stream, which is read to its end but not closed.
   *
   * @param in UTF-8 YAML or JSON
   * @return the contract, with the warnings found
   * @throws ContractException if the text cannot be parsed or the contract has errors
   * @throws MeshException with {@link MeshStatus#UNAVAILABLE} if the stream fails
   */
  public static ContractDocument read(InputStream in) {
    return read(parse(in));
  }

  /**
   * Reads and validates a contract resource, such as a contract file on the class path; problems name the resource's
   * file name and line.
   *
   * <pre>{@code
   * Contract contract = Contracts.read(OrdersProduct.class.getResource("/contracts/orders.odcs.yaml"));
   * }</pre>
   *
   * @param url the resource; {@code null} (what {@code Class.getResource} returns for a missing resource) is
   *     reported as {@link MeshStatus#NOT_FOUND}
   * @return the contract, with the warnings found
   * @throws ContractException if the resource cannot be parsed or the contract has errors
   * @throws MeshException with {@link MeshStatus#NOT_FOUND} if there is no resource, or
   *     {@link MeshStatus#UNAVAILABLE} if it cannot be read
   */
  public static ContractDocument read(@Nullable URL url) {
    if (url == null) {
      throw new MeshException(MeshStatus.NOT_FOUND, "no contract resource: Class.getResource found nothing; name it "
          + "from the class path root with a leading '/', such as \"/contracts/orders.odcs.yaml\" for "
          + "src/main/resources/contracts/orders.odcs.yaml");
    }
    String path = url.getPath();
    try (InputStream in = url.openStream()) {
      return read(parse(in, path.substring(path.lastIndexOf('/') + 1)));
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "contract resource " + url + " cannot be read: " + e, e);
    }
  }

  /**
   * Reads and validates a contract from text.
   *
   * @param text YAML or JSON
   * @return the contract, with the warnings found
   * @throws ContractException if the text cannot be parsed or the contract has errors
   */
  public static ContractDocument read(String text) {
    return read(DocumentParser.parse(Objects.requireNonNull(text, "text"), "<string>"));
  }

  /**
   * Validates a contract file and returns every problem; only an unreadable file throws.
   *
   * @param path a {@code .odcs.yaml} or JSON file
   * @return the problems, possibly none
   * @throws MeshException with {@link MeshStatus#NOT_FOUND} if the file does not exist, or
   *     {@link MeshStatus#UNAVAILABLE} if it cannot be read
   */
  public static ValidationResult validate(Path path) {
    String origin = String.valueOf(path.getFileName());
    try {
      return ContractValidator.validate(parse(path));
    } catch (ContractException e) {
      return new ValidationResult(origin, e.problems());
    }
  }

  /**
   * Validates a contract from a stream, which is read to its end but not closed.
   *
   * @param in UTF-8 YAML or JSON
   * @return the problems, possibly none
   * @throws MeshException with {@link MeshStatus#UNAVAILABLE} if the stream fails
   */
  public static ValidationResult validate(InputStream in) {
    try {
      return ContractValidator.validate(parse(in));
    } catch (ContractException e) {
      return new ValidationResult("<stream>", e.problems());
    }
  }

  /**
   * Validates a contract from text.
   *
   * @param text YAML or JSON
   * @return the problems, possibly none
   */
  public static ValidationResult validate(String text) {
    try {
      return ContractValidator.validate(DocumentParser.parse(Objects.requireNonNull(text, "text"), "<string>"));
    } catch (ContractException e) {
      return new ValidationResult("<string>", e.problems());
    }
  }

  /**
   * Validates a contract built in code (or read earlier) against ODCS v3.1.0 and the SDK's own checks; problems
   * have JSON paths but no lines.
   *
   * @param contract the contract
   * @return the problems, possibly none
   */
  public static ValidationResult validate(Contract contract) {
    String origin = contract instanceof ContractDocument ? ((ContractDocument) contract).origin() : "<code>";
    return ContractValidator.validate(new Parsed(ContractWriter.tree(contract), SourceMap.EMPTY, origin));
  }

  /**
   * Writes a contract as ODCS text. A contract that was read is written as read (unknown keys and custom
   * properties included); one built in code is written as the ODCS v3.1.0 document that says the same.
   *
   * @param contract the contract
   * @param format YAML or JSON
   * @return the text, ending with a newline
   */
  public static String write(Contract contract, Format format) {
    return ContractWriter.write(Objects.requireNonNull(contract, "contract"), Objects.requireNonNull(format,
        "format"));
  }

  private static ContractDocument read(Parsed parsed) {
    ValidationResult result = ContractValidator.validate(parsed);
    if (!result.isValid()) {
      List<Problem> all = new ArrayList<>(result.errors());
      all.addAll(result.warnings());
      throw new ContractException(parsed.origin(), all);
    }
    return new TreeContract(parsed.tree(), parsed.origin(), result.warnings());
  }

  private static Parsed parse(Path path) {
    String origin = String.valueOf(path.getFileName());
    try {
      if (Files.size(path) > Limits.MAX_BYTES) {
        throw Failures.tooLarge(origin, (int) Math.min(Integer.MAX_VALUE, Files.size(path)));
      }
      return DocumentParser.parse(SourceText.decode(Files.readAllBytes(path), origin), origin);
    } catch (NoSuchFileException e) {
      throw new MeshException(MeshStatus.NOT_FOUND, "contract file " + path + " does not exist", e);
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "contract file " + path + " cannot be read: " + e, e);
    }
  }

  private static Parsed parse(InputStream in) {
    try {
      return parse(in, "<stream>");
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "the contract stream cannot be read: " + e, e);
    }
  }

  /** Parses at most the size limit (and one byte more, to report it) of a stream; problems name {@code origin}. */
  private static Parsed parse(InputStream in, String origin) throws IOException {
    byte[] bytes = in.readNBytes(Limits.MAX_BYTES + 1);
    return DocumentParser.parse(SourceText.decode(bytes, origin), origin);
  }
}
