package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Profiles;
import io.smbhub.application.port.out.ProfileRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.domain.profile.ProfileDefinition;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProfileRepository} on PostgreSQL ({@code profiles}, a global table keyed by profile id and version).
 * Publishing compares documents as {@code jsonb}, so key order and number formatting do not matter.
 */
public final class JooqProfileRepository implements ProfileRepository {

    private final JdbcTransactionRunner tx;
    private final TimeSource clock;

    public JooqProfileRepository(JdbcTransactionRunner tx, TimeSource clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void publish(ProfileDefinition definition) {
        var json = JsonColumns.map(definition.document());
        tx.dsl().insertInto(Profiles.TABLE)
                .set(Profiles.PROFILE_ID, definition.profileId())
                .set(Profiles.VERSION, definition.version())
                .set(Profiles.CONFIG_JSON, json)
                .set(Profiles.CREATED_AT, SqlSupport.micros(clock.now()))
                .onConflictDoNothing()
                .execute();
        boolean same = tx.dsl().fetchExists(DSL.selectOne().from(Profiles.TABLE)
                .where(Profiles.PROFILE_ID.eq(definition.profileId()))
                .and(Profiles.VERSION.eq(definition.version()))
                .and(Profiles.CONFIG_JSON.eq(json)));
        if (!same) {
            throw new DomainException(ErrorCode.CONFLICT, "Profile " + definition.profileId() + " version "
                    + definition.version() + " is already stored with other content; publish a new version");
        }
    }

    @Override
    public Optional<ProfileDefinition> latest(String profileId) {
        return tx.dsl().select(Profiles.ALL).from(Profiles.TABLE).where(Profiles.PROFILE_ID.eq(profileId))
                .orderBy(Profiles.VERSION.desc()).limit(1).fetchOptional().map(JooqProfileRepository::toDefinition);
    }

    @Override
    public List<ProfileDefinition> latestOfEach() {
        return tx.dsl().select(Profiles.ALL).distinctOn(Profiles.PROFILE_ID).from(Profiles.TABLE)
                .orderBy(Profiles.PROFILE_ID, Profiles.VERSION.desc()).fetch(JooqProfileRepository::toDefinition);
    }

    private static ProfileDefinition toDefinition(Record r) {
        return new ProfileDefinition(r.get(Profiles.PROFILE_ID), r.get(Profiles.VERSION), JsonColumns.map(r.get(Profiles.CONFIG_JSON)));
    }
}
