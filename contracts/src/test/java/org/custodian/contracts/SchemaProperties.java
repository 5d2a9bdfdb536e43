package org.custodian.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every property a JSON Schema declares, wherever it sits: under {@code properties} of the root and of
 * every subschema reached through {@code items}, {@code $defs}, {@code anyOf}, {@code if}/{@code then}
 * and the other applicators, each named by its schema file and JSON pointer.
 */
final class SchemaProperties {

    /** One declared property: the file it is in, its JSON pointer there, and its subschema. */
    record Property(String file, String pointer, JsonNode schema) {

        String where() {
            return file + "#" + pointer;
        }
    }

    private static final Set<String> ONE_SCHEMA = Set.of("items", "additionalProperties", "unevaluatedProperties",
            "unevaluatedItems", "contains", "propertyNames", "not", "if", "then", "else");
    private static final Set<String> SCHEMA_ARRAYS = Set.of("prefixItems", "allOf", "anyOf", "oneOf");
    private static final Set<String> SCHEMA_MAPS = Set.of("$defs", "definitions", "patternProperties",
            "dependentSchemas");

    private SchemaProperties() {
    }

    /** The schema files under {@code schemas/} on the classpath, as paths relative to it, sorted. */
    static List<String> files() {
        try {
            Path root = root();
            try (Stream<Path> paths = Files.walk(root)) {
                return paths.filter(path -> path.toString().endsWith(".json"))
                        .map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every property of every schema file on the classpath. */
    static List<Property> all() {
        return files().stream().flatMap(file -> of(file).stream()).toList();
    }

    static JsonNode read(String file) {
        try (var in = SchemaProperties.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Property> of(String file) {
        return of(file, read(file));
    }

    static List<Property> of(String file, JsonNode schema) {
        List<Property> found = new ArrayList<>();
        collect(file, schema, "", found);
        return found;
    }

    private static void collect(String file, JsonNode schema, String pointer, List<Property> found) {
        if (!schema.isObject()) {
            return;
        }
        schema.fields().forEachRemaining(member -> {
            String key = member.getKey();
            JsonNode value = member.getValue();
            String at = pointer + "/" + escaped(key);
            if ("properties".equals(key) || SCHEMA_MAPS.contains(key)) {
                value.fields().forEachRemaining(named -> {
                    String declared = at + "/" + escaped(named.getKey());
                    if ("properties".equals(key)) {
                        found.add(new Property(file, declared, named.getValue()));
                    }
                    collect(file, named.getValue(), declared, found);
                });
            } else if (ONE_SCHEMA.contains(key)) {
                collect(file, value, at, found);
            } else if (SCHEMA_ARRAYS.contains(key)) {
                for (int i = 0; i < value.size(); i++) {
                    collect(file, value.get(i), at + "/" + i, found);
                }
            }
        });
    }

    /** RFC 6901: {@code ~} and {@code /} in a member name are written {@code ~0} and {@code ~1}. */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Path root() throws IOException {
        URL url = SchemaProperties.class.getClassLoader().getResource("schemas");
        if (url == null) {
            throw new IllegalStateException("No schemas/ on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jar(uri).getPath("/schemas");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }
}
