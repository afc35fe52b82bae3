package io.smbhub.domain.profile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.smbhub.domain.profile.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("Profile layers merge by the rules of spec 9.3")
class ProfileMergeTest {

    static Stream<Arguments> mergeRules() {
        return Stream.of(
                arguments("a scalar replaces the lower scalar",
                        List.of("{'labels': {'work_item': 'Request'}}", "{'labels': {'work_item': 'Order Issue'}}"),
                        "{'labels': {'work_item': 'Order Issue'}}"),
                arguments("a boolean replaces the lower boolean",
                        List.of("{'capabilities': {'quotes': true}}", "{'capabilities': {'quotes': false}}"),
                        "{'capabilities': {'quotes': false}}"),
                arguments("objects deep-merge by key",
                        List.of("{'capabilities': {'quotes': true, 'pos_sync': false}}",
                                "{'capabilities': {'pos_sync': true, 'returns_lite': true}}"),
                        "{'capabilities': {'quotes': true, 'pos_sync': true, 'returns_lite': true}}"),
                arguments("keys missing from the higher layer stay from the lower",
                        List.of("{'templates': {'a': 'x'}, 'labels': {'quote': 'Quote'}}", "{'templates': {'b': 'y'}}"),
                        "{'templates': {'a': 'x', 'b': 'y'}, 'labels': {'quote': 'Quote'}}"),
                arguments("a list replaces the lower list, never appends",
                        List.of("{'workflows': {'work_item_statuses': ['NEW', 'IN_PROGRESS', 'DONE']}}",
                                "{'workflows': {'work_item_statuses': ['NEW', 'DONE']}}"),
                        "{'workflows': {'work_item_statuses': ['NEW', 'DONE']}}"),
                arguments("required_fields merge by entity and each list is replaced (spec 9.3.2 example)",
                        List.of("{'required_fields': {'invoice': ['contact_id', 'line_items'], 'quote': ['line_items']}}",
                                "{'required_fields': {'invoice': ['contact_id', 'line_items', 'tax_code']}}",
                                "{'required_fields': {'invoice': ['contact_id', 'line_items']}}"),
                        "{'required_fields': {'invoice': ['contact_id', 'line_items'], 'quote': ['line_items']}}"),
                arguments("an empty higher list replaces the lower list",
                        List.of("{'integrations': {'presets': ['square']}}", "{'integrations': {'presets': []}}"),
                        "{'integrations': {'presets': []}}"),
                arguments("three layers apply base → profile → overrides",
                        List.of("{'automations': {'ar_reminders': {'enabled': true, 'days_after_due': [3, 7, 14]}}}",
                                "{'automations': {'ar_reminders': {'enabled': false}}}",
                                "{'automations': {'ar_reminders': {'days_after_due': [10]}}}"),
                        "{'automations': {'ar_reminders': {'enabled': false, 'days_after_due': [10]}}}"),
                arguments("an object replaces a lower scalar",
                        List.of("{'x': 1}", "{'x': {'y': 2}}"), "{'x': {'y': 2}}"),
                arguments("a scalar replaces a lower object",
                        List.of("{'x': {'y': 2}}", "{'x': 'flat'}"), "{'x': 'flat'}"),
                arguments("an empty higher layer changes nothing",
                        List.of("{'a': {'b': [1]}}", "{}"), "{'a': {'b': [1]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mergeRules")
    void mergesByRule(String rule, List<String> layers, String expected) {
        assertThat(ProfileMerge.merge(layers.stream().map(Json::obj).toList())).isEqualTo(obj(expected));
    }

    @Test
    @DisplayName("key order is deterministic: the lower layer's keys, then new keys in the higher layer's order")
    void keyOrderIsDeterministic() {
        Map<String, Object> merged = ProfileMerge.merge(List.of(
                obj("{'b': 1, 'a': {'y': 1, 'x': 2}, 'c': 3}"),
                obj("{'z': 1, 'a': {'w': 0, 'x': 9}, 'b': 2, 'd': 4}")));

        assertThat(merged.keySet()).containsExactly("b", "a", "c", "z", "d");
        assertThat(List.copyOf(((Map<?, ?>) merged.get("a")).keySet())).isEqualTo(List.of("y", "x", "w"));
        assertThat(merged.toString()).isEqualTo(ProfileMerge.merge(List.of(
                obj("{'b': 1, 'a': {'y': 1, 'x': 2}, 'c': 3}"),
                obj("{'z': 1, 'a': {'w': 0, 'x': 9}, 'b': 2, 'd': 4}"))).toString());
    }

    @Test
    void inputsAreNeverMutatedAndTheResultIsImmutable() {
        Map<String, Object> lowerInner = new LinkedHashMap<>(Map.of("quotes", true));
        Map<String, Object> lower = new LinkedHashMap<>(Map.of("capabilities", lowerInner,
                "list", new ArrayList<>(List.of(1L))));
        Map<String, Object> higher = new HashMap<>(Map.of("capabilities", new HashMap<>(Map.of("pos_sync", true)),
                "list", new ArrayList<>(List.of(2L))));
        String lowerBefore = lower.toString();
        String higherBefore = higher.toString();

        Map<String, Object> merged = ProfileMerge.merge(List.of(lower, higher));

        assertThat(lower.toString()).isEqualTo(lowerBefore);
        assertThat(higher.toString()).isEqualTo(higherBefore);
        assertThat(lowerInner).containsOnlyKeys("quotes");
        assertThatThrownBy(() -> merged.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<String, Object>) merged.get("capabilities")).put("x", true))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullLayerCountsAsEmptyAndIntegersBecomeLong() {
        Map<String, Object> merged = ProfileMerge.merge(Arrays.asList(Map.of("version", 1), null));

        assertThat(merged).isEqualTo(Map.of("version", 1L));
    }

    static Stream<Arguments> mergePatchRules() {
        return Stream.of(
                arguments("null removes a key",
                        "{'capabilities': {'quotes': false}, 'templates': {'a': 'x'}}", "{'templates': null}",
                        "{'capabilities': {'quotes': false}}"),
                arguments("objects merge recursively",
                        "{'capabilities': {'quotes': false}}", "{'capabilities': {'expenses': false}}",
                        "{'capabilities': {'quotes': false, 'expenses': false}}"),
                arguments("a nested null removes only that key",
                        "{'capabilities': {'quotes': false, 'expenses': false}}", "{'capabilities': {'quotes': null}}",
                        "{'capabilities': {'expenses': false}}"),
                arguments("an object emptied by removals is dropped",
                        "{'capabilities': {'quotes': false}, 'labels': {'quote': 'Estimate'}}",
                        "{'capabilities': {'quotes': null}}", "{'labels': {'quote': 'Estimate'}}"),
                arguments("arrays replace",
                        "{'automations': {'ar_reminders': {'days_after_due': [3, 7]}}}",
                        "{'automations': {'ar_reminders': {'days_after_due': [30]}}}",
                        "{'automations': {'ar_reminders': {'days_after_due': [30]}}}"),
                arguments("scalars replace and new keys are added",
                        "{'labels': {'quote': 'Quote'}}", "{'labels': {'quote': 'Estimate', 'invoice': 'Bill'}}",
                        "{'labels': {'quote': 'Estimate', 'invoice': 'Bill'}}"),
                arguments("an object replaces a scalar (RFC 7396)",
                        "{'a': 'flat'}", "{'a': {'b': 1}}", "{'a': {'b': 1}}"),
                arguments("removing a key that is not there changes nothing",
                        "{'a': 1}", "{'b': null}", "{'a': 1}"),
                arguments("nulls inside a new object are not stored",
                        "{}", "{'a': {'b': 1, 'c': null}}", "{'a': {'b': 1}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mergePatchRules")
    void appliesJsonMergePatch(String rule, String target, String patch, String expected) {
        assertThat(ProfileMerge.mergePatch(obj(target), obj(patch))).isEqualTo(obj(expected));
    }

    @Test
    void mergePatchLeavesItsInputsAloneAndAcceptsANullTarget() {
        Map<String, Object> target = obj("{'capabilities': {'quotes': false}}");
        Map<String, Object> patch = new HashMap<>();
        patch.put("capabilities", null);

        assertThat(ProfileMerge.mergePatch(target, patch)).isEmpty();
        assertThat(target).isEqualTo(obj("{'capabilities': {'quotes': false}}"));
        assertThat(patch).containsEntry("capabilities", null);
        assertThat(ProfileMerge.mergePatch(null, obj("{'a': 1}"))).isEqualTo(Map.of("a", 1L));
    }
}
