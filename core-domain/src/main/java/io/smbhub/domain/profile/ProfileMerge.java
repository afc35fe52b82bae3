package io.smbhub.domain.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The two ways profile documents are combined, both pure functions over JSON trees ({@link JsonTree}) that never
 * mutate their inputs and return a deep immutable copy.
 * <ul>
 *   <li>{@link #merge(List)} builds the effective profile from base → selected profile → tenant overrides
 *       (spec smb-hub-prd.md 9.3).</li>
 *   <li>{@link #mergePatch(Map, Map)} applies a {@code PATCH /v1/profile/tenant-overrides} body to the stored
 *       overrides (RFC 7396 JSON Merge Patch, spec 9.8).</li>
 * </ul>
 */
public final class ProfileMerge {

    private ProfileMerge() {
    }

    /**
     * Merges {@code layers}, lowest priority first (spec 9.3.2): a scalar in a higher layer replaces the lower
     * value; objects deep-merge by key and keys absent from the higher layer keep the lower value; arrays are
     * replaced as a whole, never appended; a value of a different kind (object over scalar, array over object)
     * replaces. A {@code null} layer counts as empty; a JSON {@code null} value is a scalar and replaces.
     * <p>
     * Deterministic: an object's keys keep the lower layer's order, followed by keys new in the higher layer in
     * that layer's order.
     *
     * @return a deep immutable copy; integral numbers as {@code Long}
     */
    public static Map<String, Object> merge(List<Map<String, Object>> layers) {
        Objects.requireNonNull(layers, "layers");
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map<String, Object> layer : layers) {
            if (layer != null) {
                result = mergeObjects(result, layer);
            }
        }
        return JsonTree.deepCopyImmutable(result);
    }

    /**
     * Applies {@code patch} to {@code target} as an RFC 7396 JSON Merge Patch: a {@code null} member removes the
     * key, an object member merges recursively into the target's object (replacing a non-object there), any
     * other member replaces. An object that a patch empties by removals is dropped rather than left as
     * {@code {}}. A {@code null} target counts as empty.
     *
     * @return a deep immutable copy; integral numbers as {@code Long}
     */
    public static Map<String, Object> mergePatch(Map<String, Object> target, Map<String, Object> patch) {
        Objects.requireNonNull(patch, "patch");
        return JsonTree.deepCopyImmutable(patchObject(target == null ? Map.of() : target, patch));
    }

    private static Map<String, Object> mergeObjects(Map<?, ?> lower, Map<?, ?> higher) {
        Map<String, Object> merged = new LinkedHashMap<>();
        lower.forEach((key, value) -> merged.put((String) key, value));
        higher.forEach((key, value) -> {
            Object below = merged.get(key);
            merged.put((String) key, below instanceof Map<?, ?> lowerMap && value instanceof Map<?, ?> higherMap
                    ? mergeObjects(lowerMap, higherMap)
                    : value);
        });
        return merged;
    }

    private static Map<String, Object> patchObject(Map<?, ?> target, Map<?, ?> patch) {
        Map<String, Object> patched = new LinkedHashMap<>();
        target.forEach((key, value) -> patched.put((String) key, value));
        patch.forEach((key, value) -> {
            String name = (String) key;
            if (value == null) {
                patched.remove(name);
            } else if (value instanceof Map<?, ?> patchMap) {
                Object current = patched.get(name);
                Map<String, Object> child = patchObject(current instanceof Map<?, ?> map ? map : Map.of(), patchMap);
                if (child.isEmpty() && !patchMap.isEmpty()) {
                    patched.remove(name);
                } else {
                    patched.put(name, child);
                }
            } else {
                patched.put(name, value);
            }
        });
        return patched;
    }
}
