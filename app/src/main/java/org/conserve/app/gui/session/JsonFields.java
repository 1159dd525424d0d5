package org.conserve.app.gui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Reads the fields of a session's JSON tree strictly: a missing or mistyped field is an
 * {@link IllegalArgumentException} naming it (the codec turns it into a message naming the file).
 * Non-finite numbers are written by Jackson as the strings "NaN", "Infinity", "-Infinity" and read back
 * here. Stateless.
 */
final class JsonFields {
    private JsonFields() {
    }

    static JsonNode required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        return value;
    }

    static JsonNode object(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.isObject()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an object");
        }
        return value;
    }

    static String text(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("\"" + key + "\" must be text");
        }
        return value.asText();
    }

    static boolean bool(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("\"" + key + "\" must be true or false");
        }
        return value.asBoolean();
    }

    static int integer(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number");
        }
        return value.asInt();
    }

    static long longInteger(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number");
        }
        return value.asLong();
    }

    static double number(JsonNode node, String key) {
        return numberValue(required(node, key), key);
    }

    static <E extends Enum<E>> E constant(JsonNode node, String key, Class<E> type) {
        String name = text(node, key);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("\"" + key + "\" has the unknown value '" + name + "'");
        }
    }

    static void putDoubles(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }

    static void putInts(ArrayNode array, int[] values) {
        for (int value : values) {
            array.add(value);
        }
    }

    static double[] doubles(JsonNode node, String key) {
        return doubleArray(array(node, key), key);
    }

    /** The numbers of {@code array}, named {@code key} in messages. */
    static double[] doubleArray(JsonNode array, String key) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a list of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = numberValue(array.get(i), key + "[" + i + "]");
        }
        return values;
    }

    static int[] ints(JsonNode node, String key) {
        JsonNode array = array(node, key);
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = array.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new IllegalArgumentException("\"" + key + "[" + i + "]\" must be a whole number");
            }
            values[i] = value.asInt();
        }
        return values;
    }

    static JsonNode array(JsonNode node, String key) {
        JsonNode array = required(node, key);
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a list");
        }
        return array;
    }

    private static double numberValue(JsonNode value, String key) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            switch (value.asText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("\"" + key + "\" must be a number");
    }
}
