package io.datamesh.core.governance;

import io.datamesh.api.PortAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Allows matching principals to read one output port, optionally only for a stated purpose and until an expiry.
 * Grants are data the governance team manages.
 *
 * <pre>{@code
 * Grant g = Grant.of("grant.marketing-customers", PrincipalMatch.attribute("department", "marketing"), port)
 *     .withPurpose("campaigns").expiringAt(Instant.parse("2026-01-01T00:00:00Z"));
 * }</pre>
 *
 * @param id the policy id named in audit events and denials
 * @param who the principals it grants
 * @param port the output port it grants
 * @param purpose the purpose the reader must state, if any
 * @param expires when it stops granting, if ever
 */
public record Grant(String id, PrincipalMatch who, PortAddress port, Optional<String> purpose,
    Optional<Instant> expires) {
  /**
   * Checks the parts.
   *
   * @param id see the record component
   * @param who see the record component
   * @param port see the record component
   * @param purpose see the record component
   * @param expires see the record component
   */
  public Grant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(expires, "expires");
  }

  /**
   * Grants a port without purpose or expiry.
   *
   * @param id the policy id
   * @param who the principals
   * @param port the port
   * @return the grant
   */
  public static Grant of(String id, PrincipalMatch who, PortAddress port) {
    return new Grant(id, who, port, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this grant restricted to a purpose.
   *
   * @param purpose the purpose the reader must state
   * @return a new grant
   */
  public Grant withPurpose(String purpose) {
    return new Grant(id, who, port, Optional.of(purpose), expires);
  }

  /**
   * Returns this grant with an expiry.
   *
   * @param instant when it stops granting, on the mesh clock
   * @return a new grant
   */
  public Grant expiringAt(Instant instant) {
    return new Grant(id, who, port, purpose, Optional.of(instant));
  }

  /**
   * Tells whether the grant lets a principal read its port now.
   *
   * @param principal who reads
   * @param now the mesh clock's instant
   * @return true if it matches, its purpose (if any) is stated and it has not expired
   */
  public boolean grants(io.datamesh.api.read.Principal principal, Instant now) {
    return who.matches(principal) && (purpose.isEmpty() || purpose.equals(principal.purpose()))
        && expires.map(now::isBefore).orElse(true);
  }
}
