package io.smbhub.domain.profile;

import io.smbhub.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles shipped with SMB Hub (spec smb-hub-prd.md 8.2.4), kept as configuration in JSON resources next
 * to this class ({@code base.json}, {@code general.json}, {@code retail_pos.json}, {@code restaurant.json}), not
 * as code. Each is read once and checked with {@link ProfileSchema#checkDefinition(Map)}; adding a profile means
 * adding a file and its id to {@link #IDS}.
 */
public final class BuiltInProfiles {

    /** The shipped profile ids, base first. */
    public static final List<String> IDS = List.of("base", "general", "retail_pos", "restaurant");

    private static List<ProfileDefinition> loaded;

    private BuiltInProfiles() {
    }

    /**
     * The base profile: the complete safe default every other profile is a delta over.
     *
     * @throws IllegalStateException when a shipped resource is missing or broken
     */
    public static ProfileDefinition base() {
        return all().get(0);
    }

    /**
     * All shipped profiles in {@link #IDS} order (base, general, retail_pos, restaurant), immutable.
     *
     * @throws IllegalStateException when a shipped resource is missing or broken
     */
    public static synchronized List<ProfileDefinition> all() {
        if (loaded == null) {
            loaded = IDS.stream().map(BuiltInProfiles::read).toList();
        }
        return loaded;
    }

    /**
     * The shipped profile {@code profileId}, if there is one.
     *
     * @throws IllegalStateException when a shipped resource is missing or broken
     */
    public static Optional<ProfileDefinition> byId(String profileId) {
        return all().stream().filter(p -> p.profileId().equals(profileId)).findFirst();
    }

    private static ProfileDefinition read(String profileId) {
        String resource = profileId + ".json";
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in profile resource " + resource + " is missing");
            }
            return fromJson(profileId, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read built-in profile resource " + resource, e);
        }
    }

    /**
     * Parses and checks the text of built-in profile {@code expectedId}.
     *
     * @throws IllegalStateException when the text is not JSON, not an object, breaks schema v1 or names
     *                               another profile id
     */
    static ProfileDefinition fromJson(String expectedId, String json) {
        Object tree;
        try {
            tree = JsonTree.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Built-in profile " + expectedId + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new IllegalStateException("Built-in profile " + expectedId + " must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) map;
        ProfileDefinition definition;
        try {
            definition = ProfileDefinition.fromDocument(document);
        } catch (DomainException e) {
            throw new IllegalStateException("Built-in profile " + expectedId + " breaks profile schema v1: "
                    + e.details(), e);
        }
        if (!definition.profileId().equals(expectedId)) {
            throw new IllegalStateException("Built-in profile file " + expectedId + ".json declares profile_id '"
                    + definition.profileId() + "'");
        }
        return definition;
    }
}
