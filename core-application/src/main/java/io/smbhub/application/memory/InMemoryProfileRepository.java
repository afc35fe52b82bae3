package io.smbhub.application.memory;

import io.smbhub.application.port.out.ProfileRepository;
import io.smbhub.domain.profile.ProfileDefinition;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@link ProfileRepository} in memory. */
public final class InMemoryProfileRepository implements ProfileRepository {

    private record Key(String profileId, int version) {
    }

    private final InMemoryMap<Key, ProfileDefinition> definitions;

    public InMemoryProfileRepository(InMemoryTransactionRunner tx) {
        definitions = new InMemoryMap<>(tx);
    }

    @Override
    public void publish(ProfileDefinition definition) {
        Key key = new Key(definition.profileId(), definition.version());
        if (!definitions.putIfAbsent(key, definition)
                && !definitions.get(key).orElseThrow().document().equals(definition.document())) {
            throw new DomainException(ErrorCode.CONFLICT, "Profile " + definition.profileId() + " version "
                    + definition.version() + " is already stored with other content; publish a new version");
        }
    }

    @Override
    public Optional<ProfileDefinition> latest(String profileId) {
        return definitions.where(d -> d.profileId().equals(profileId)).stream()
                .max(Comparator.comparingInt(ProfileDefinition::version));
    }

    @Override
    public List<ProfileDefinition> latestOfEach() {
        Map<String, ProfileDefinition> latest = definitions.where(d -> true).stream()
                .collect(Collectors.toMap(ProfileDefinition::profileId, d -> d,
                        (a, b) -> a.version() >= b.version() ? a : b, TreeMap::new));
        return List.copyOf(latest.values());
    }
}
