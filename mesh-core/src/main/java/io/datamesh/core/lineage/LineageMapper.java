package io.datamesh.core.lineage;

import io.datamesh.api.event.MeshEvent;
import java.util.List;

/**
 * Turns the events of a mesh into OpenLineage 2-0-2 events: product lifecycle into dataset events per output port,
 * publishes, transform runs and quality checks into runs. {@code docs/metadata.md} has the full mapping table and
 * the event attributes each mesh event type is read for. Thread-safe.
 *
 * <pre>{@code
 * LineageMapper mapper = LineageMapper.builder()
 *     .setProducts(mesh::product)
 *     .build();
 * List<LineageEvent> events = mapper.map(meshEvent);
 * }</pre>
 */
public interface LineageMapper {
  /**
   * Starts configuring a mapper.
   *
   * @return a builder
   */
  static LineageMapperBuilder builder() {
    return new LineageMapperBuilder();
  }

  /**
   * Maps one mesh event. Events that carry no lineage (such as {@code POLICY_EVALUATED}) map to nothing; attributes
   * of the wrong type are skipped, never thrown.
   *
   * @param event the mesh event
   * @return the OpenLineage events, in the order they must be delivered; possibly empty
   */
  List<LineageEvent> map(MeshEvent event);
}
