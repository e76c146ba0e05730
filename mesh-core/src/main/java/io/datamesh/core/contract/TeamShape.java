package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code team} of a contract: the v3.1 object or the deprecated v3.0 list of members. ODCS states this as a
 * {@code oneOf}, so every error inside is reported at {@code /team}, its message naming the inner location.
 */
final class TeamShape implements Shape {
  static final TeamShape INSTANCE = new TeamShape();

  private TeamShape() {}

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (node.isObject()) {
      check.collapsed(path, c -> CommonShapes.TEAM.check(node, path, c));
    } else if (node.isArray()) {
      check.collapsed(path, c -> Shapes.array(CommonShapes.TEAM_MEMBER).check(node, path, c));
      check.warning("deprecated.team-list", path, "a list of members as team is deprecated since ODCS v3.1.0",
          "write team: {name: ..., members: [...]}");
    } else {
      check.error("schema.type", path, "expected a team (a mapping with name and members), found "
          + Json.kind(node), "write team: {name: ..., members: [{username: ...}]}");
    }
  }
}
