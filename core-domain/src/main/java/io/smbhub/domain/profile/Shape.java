package io.smbhub.domain.profile;

import io.smbhub.domain.shared.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One node of the profile schema as data: checks a JSON tree value at a dotted path and adds a
 * {@link FieldError} per broken rule. {@link ProfileSchema} composes these into schema v1.
 */
@FunctionalInterface
interface Shape {

    /** Adds an error to {@code errors} for every rule {@code value} breaks at {@code path}. */
    void check(String path, Object value, List<FieldError> errors);

    /** This shape, then {@code rule} only when this shape found nothing wrong (for cross-field rules). */
    default Shape and(Shape rule) {
        return (path, value, errors) -> {
            int before = errors.size();
            check(path, value, errors);
            if (errors.size() == before) {
                rule.check(path, value, errors);
            }
        };
    }

    /** A JSON boolean. */
    static Shape bool() {
        return (path, value, errors) -> {
            if (!(value instanceof Boolean)) {
                errors.add(typeError(path, "a boolean", value));
            }
        };
    }

    /** A JSON string that is not blank and at most {@code maxLength} characters long. */
    static Shape text(int maxLength) {
        return (path, value, errors) -> {
            if (!(value instanceof String s)) {
                errors.add(typeError(path, "a string", value));
            } else if (s.isBlank()) {
                errors.add(new FieldError(path, "Must not be blank"));
            } else if (s.length() > maxLength) {
                errors.add(new FieldError(path, "Must be at most " + maxLength + " characters"));
            }
        };
    }

    /** A JSON string that is one of {@code allowed}; {@code what} names the kind in messages. */
    static Shape oneOf(String what, Collection<String> allowed) {
        List<String> known = List.copyOf(allowed);
        return (path, value, errors) -> {
            if (!(value instanceof String s)) {
                errors.add(typeError(path, "a string", value));
            } else if (!known.contains(s)) {
                errors.add(new FieldError(path, "Unknown " + what + " '" + s + "'; expected one of " + known));
            }
        };
    }

    /** A JSON string matching {@code pattern}; {@code rule} explains the pattern in words. */
    static Shape matching(Pattern pattern, String rule) {
        return (path, value, errors) -> {
            if (!(value instanceof String s)) {
                errors.add(typeError(path, "a string", value));
            } else if (!pattern.matcher(s).matches()) {
                errors.add(new FieldError(path, "'" + s + "' is not valid: " + rule));
            }
        };
    }

    /** A JSON integer (any integral {@link Number}) from {@code min} to {@code max} inclusive. */
    static Shape integer(long min, long max) {
        String expected = "an integer from " + min + " to " + max;
        return (path, value, errors) -> {
            Long whole = JsonTree.integral(value);
            if (whole == null) {
                errors.add(typeError(path, expected, value));
            } else if (whole < min || whole > max) {
                errors.add(new FieldError(path, "Must be " + expected + ", got " + whole));
            }
        };
    }

    /**
     * A JSON array of {@code minSize} to {@code maxSize} elements, each of shape {@code element};
     * {@code distinct} rejects repeated elements.
     */
    static Shape array(Shape element, int minSize, int maxSize, boolean distinct) {
        return (path, value, errors) -> {
            if (!(value instanceof List<?> list)) {
                errors.add(typeError(path, "an array", value));
                return;
            }
            if (list.size() < minSize || list.size() > maxSize) {
                String size = minSize == maxSize ? String.valueOf(minSize)
                        : maxSize == Integer.MAX_VALUE ? "at least " + minSize
                        : minSize + " to " + maxSize;
                errors.add(new FieldError(path, "Must have " + size + " element" + (maxSize == 1 ? "" : "s")
                        + ", got " + list.size()));
            }
            Set<Object> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = path + "[" + i + "]";
                int before = errors.size();
                element.check(at, list.get(i), errors);
                if (distinct && errors.size() == before && !seen.add(list.get(i))) {
                    errors.add(new FieldError(at, "Duplicate value '" + list.get(i) + "'"));
                }
            }
        };
    }

    /**
     * A JSON object whose keys are chosen by data: {@code keyProblem} returns why a key is not acceptable
     * (or {@code null} when it is) and {@code valueShape} gives the shape of the value under an acceptable key.
     */
    static Shape mapOf(Function<String, String> keyProblem, Function<String, Shape> valueShape) {
        return (path, value, errors) -> {
            if (!(value instanceof Map<?, ?> map)) {
                errors.add(typeError(path, "an object", value));
                return;
            }
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                String at = join(path, name);
                String problem = keyProblem.apply(name);
                if (problem != null) {
                    errors.add(new FieldError(at, problem));
                } else {
                    valueShape.apply(name).check(at, child, errors);
                }
            });
        };
    }

    /** A JSON object with a fixed set of keys; see {@link Fields}. */
    static Fields object() {
        return new Fields();
    }

    /**
     * A JSON object with known keys, each optional unless marked required; a key that is neither known nor
     * forbidden is rejected by name together with the known keys, a forbidden key with its own message.
     */
    final class Fields implements Shape {
        private final Map<String, Shape> known = new LinkedHashMap<>();
        private final Set<String> required = new HashSet<>();
        private final Map<String, String> forbidden = new LinkedHashMap<>();

        /** Declares an optional key. */
        Fields optional(String key, Shape shape) {
            known.put(key, shape);
            return this;
        }

        /** Declares a key that must be present. */
        Fields required(String key, Shape shape) {
            known.put(key, shape);
            required.add(key);
            return this;
        }

        /** Declares the same shape for each of {@code keys}, all optional. */
        Fields optional(Collection<String> keys, Shape shape) {
            keys.forEach(key -> known.put(key, shape));
            return this;
        }

        /** Rejects {@code key} with {@code message} instead of the generic unknown-key message. */
        Fields forbidden(String key, String message) {
            forbidden.put(key, message);
            return this;
        }

        @Override
        public void check(String path, Object value, List<FieldError> errors) {
            if (!(value instanceof Map<?, ?> map)) {
                errors.add(typeError(path, "an object", value));
                return;
            }
            for (String key : known.keySet()) {
                if (required.contains(key) && !map.containsKey(key)) {
                    errors.add(new FieldError(join(path, key), "Missing required key '" + key + "'"));
                }
            }
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                String at = join(path, name);
                Shape shape = known.get(name);
                if (forbidden.containsKey(name)) {
                    errors.add(new FieldError(at, forbidden.get(name)));
                } else if (shape == null) {
                    errors.add(new FieldError(at, "Unknown key '" + name + "'; expected one of "
                            + new ArrayList<>(known.keySet())));
                } else {
                    shape.check(at, child, errors);
                }
            });
        }
    }

    /** {@code parent.child}, or {@code child} at the top. */
    static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    /** "Must be a boolean, got string". */
    static FieldError typeError(String path, String expected, Object actual) {
        return new FieldError(path, "Must be " + expected + ", got " + JsonTree.typeName(actual));
    }
}
