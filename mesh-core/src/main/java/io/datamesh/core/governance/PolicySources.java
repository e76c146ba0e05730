package io.datamesh.core.governance;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads policy YAML from files, URLs and the class path, with a size limit and network timeouts. */
final class PolicySources {
  static final int TIMEOUT_MILLIS = 10_000;

  private PolicySources() {}

  static String read(Path file) {
    try {
      if (Files.size(file) > YamlDoc.MAX_CHARS) {
        throw tooLarge(file.toString());
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MeshException(MeshStatus.NOT_FOUND, file + ": cannot read the policy file (" + e + ");"
          + " check the path", e);
    }
  }

  static String read(URL url) {
    try {
      URLConnection c = url.openConnection();
      c.setConnectTimeout(TIMEOUT_MILLIS);
      c.setReadTimeout(TIMEOUT_MILLIS);
      try (InputStream in = c.getInputStream()) {
        byte[] bytes = in.readNBytes(YamlDoc.MAX_CHARS + 1);
        if (bytes.length > YamlDoc.MAX_CHARS) {
          throw tooLarge(url.toString());
        }
        return new String(bytes, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, url + ": cannot read the policy set (" + e + ");"
          + " check the URL, or load a local copy with PolicySet.load(Path)", e);
    }
  }

  static URL resource(String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    URL url = context == null ? null : context.getResource(path);
    if (url == null) {
      url = PolicySources.class.getClassLoader().getResource(path);
    }
    if (url == null) {
      throw new MeshException(MeshStatus.NOT_FOUND, "classpath resource '" + path + "' not found; put the policy"
          + " YAML under src/main/resources (or src/test/resources) at that path");
    }
    return url;
  }

  private static MeshException tooLarge(String where) {
    return new MeshException(MeshStatus.INVALID_ARGUMENT, where + ": the policy set is larger than "
        + YamlDoc.MAX_CHARS + " bytes; split it");
  }
}
