package io.datamesh.core.contract;

import static io.datamesh.core.contract.CommonShapes.AUTHORITATIVE_DEFINITIONS;
import static io.datamesh.core.contract.CommonShapes.CUSTOM_PROPERTIES;
import static io.datamesh.core.contract.CommonShapes.TAGS;
import static io.datamesh.core.contract.Shapes.array;
import static io.datamesh.core.contract.Shapes.object;
import static io.datamesh.core.contract.Shapes.string;

import java.util.List;

/** The whole ODCS v3.1.0 document, as the reader checks it. */
final class OdcsShapes {
  static final List<String> API_VERSIONS = List.of("v3.1.0", "v3.0.2", "v3.0.1", "v3.0.0");
  static final ObjectShape SCHEMA_OBJECT = object("a schema object").withAll(CommonShapes.schemaElement())
      .with("logicalType", Shapes.oneOf("a schema object is always an object", "object"))
      .with("physicalName", string()).with("dataGranularityDescription", string())
      .with("properties", array(PropertyShape.PROPERTY))
      .with("relationships", array(RelationshipShape.SCHEMA_LEVEL))
      .with("quality", array(QualityShape.INSTANCE)).required("name");
  static final ObjectShape DESCRIPTION = object("a description").with("usage", string())
      .with("purpose", string()).with("limitations", string())
      .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS).with("customProperties", CUSTOM_PROPERTIES)
      .open();
  static final ObjectShape CONTRACT = object("an ODCS contract").with("version", string())
      .with("kind", Shapes.oneOf("", "DataContract"))
      .with("apiVersion", Shapes.oneOf("this SDK reads ODCS v3.1.0 and v3.0.x", API_VERSIONS.toArray(String[]::new)))
      .with("id", string()).with("name", string()).with("tenant", string()).with("tags", TAGS)
      .with("status", string()).with("servers", array(ServerShape.INSTANCE))
      .with("dataProduct", string()).with("description", DESCRIPTION).with("domain", string())
      .with("schema", array(SCHEMA_OBJECT)).with("support", array(CommonShapes.SUPPORT_ITEM))
      .with("price", CommonShapes.PRICING).with("team", TeamShape.INSTANCE)
      .with("roles", array(CommonShapes.ROLE)).with("slaDefaultElement", string())
      .with("slaProperties", array(CommonShapes.SLA_PROPERTY))
      .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS).with("customProperties", CUSTOM_PROPERTIES)
      .with("contractCreatedTs", string().format(Formats.DATE_TIME_FORMAT))
      .required("version", "apiVersion", "kind", "id", "status");

  private OdcsShapes() {}
}
