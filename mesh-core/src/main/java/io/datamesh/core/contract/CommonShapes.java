package io.datamesh.core.contract;

import static io.datamesh.core.contract.Shapes.any;
import static io.datamesh.core.contract.Shapes.array;
import static io.datamesh.core.contract.Shapes.number;
import static io.datamesh.core.contract.Shapes.object;
import static io.datamesh.core.contract.Shapes.string;

import java.util.LinkedHashMap;
import java.util.Map;

/** The small elements of ODCS v3.1.0 that many others use: ids, tags, custom properties, links, roles. */
final class CommonShapes {
  static final Shape STABLE_ID = string().pattern("^[A-Za-z0-9_-]+$", "a stable id (letters, digits, '_', '-')");
  static final Shape TAGS = array(string());
  static final ObjectShape CUSTOM_PROPERTY = object("a custom property").with("id", STABLE_ID)
      .with("property", string()).with("value", any()).with("description", string()).required("property", "value");
  static final Shape CUSTOM_PROPERTIES = array(CUSTOM_PROPERTY);
  static final Shape AUTHORITATIVE_DEFINITIONS = array(object("an authoritative definition")
      .with("id", STABLE_ID).with("url", string()).with("type", string()).with("description", string())
      .required("url", "type"));
  static final ObjectShape ROLE = object("a role").with("id", STABLE_ID).with("role", string())
      .with("description", string()).with("access", string()).with("firstLevelApprovers", string())
      .with("secondLevelApprovers", string()).with("customProperties", CUSTOM_PROPERTIES).required("role");
  static final ObjectShape SUPPORT_ITEM = object("a support channel").with("id", STABLE_ID)
      .with("channel", string()).with("url", string()).with("description", string()).with("tool", string())
      .with("scope", string()).with("invitationUrl", string()).with("customProperties", CUSTOM_PROPERTIES)
      .required("channel");
  static final ObjectShape PRICING = object("a price").with("id", STABLE_ID).with("priceAmount", number())
      .with("priceCurrency", string()).with("priceUnit", string());
  static final ObjectShape TEAM_MEMBER = object("a team member").with("id", STABLE_ID)
      .with("username", string()).with("name", string()).with("description", string()).with("role", string())
      .with("dateIn", string().format(Formats.DATE_FORMAT)).with("dateOut", string().format(Formats.DATE_FORMAT))
      .with("replacedByUsername", string()).with("tags", TAGS).with("customProperties", array(CUSTOM_PROPERTY))
      .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS).required("username");
  static final ObjectShape TEAM = object("a team").with("id", STABLE_ID).with("name", string())
      .with("description", string()).with("members", array(TEAM_MEMBER)).with("tags", TAGS)
      .with("customProperties", array(CUSTOM_PROPERTY)).with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS);
  static final ObjectShape SLA_PROPERTY = object("an SLA property").with("id", STABLE_ID)
      .with("property", string()).with("value", Shapes.scalar()).with("valueExt", Shapes.scalar())
      .with("unit", string()).with("element", string()).with("driver", string()).with("description", string())
      .with("scheduler", string()).with("schedule", string()).required("property", "value");

  private CommonShapes() {}

  /** The keys every schema object and property may have (ODCS {@code SchemaElement}). */
  static Map<String, Shape> schemaElement() {
    Map<String, Shape> m = new LinkedHashMap<>();
    m.put("id", STABLE_ID);
    m.put("name", string());
    m.put("physicalType", string());
    m.put("description", string());
    m.put("businessName", string());
    m.put("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS);
    m.put("tags", TAGS);
    m.put("customProperties", CUSTOM_PROPERTIES);
    return m;
  }
}
