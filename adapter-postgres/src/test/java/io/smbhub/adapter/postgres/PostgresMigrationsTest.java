package io.smbhub.adapter.postgres;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresMigrationsTest {

    @Test
    void migratesAFreshDatabaseAndIsANoOpTheSecondTime() {
        try (TestDatabase database = TestDatabases.fresh("migrations")) {
            MigrateResult first = PostgresMigrations.migrate(database.dataSource());
            MigrateResult second = PostgresMigrations.migrate(database.dataSource());

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isPositive();
            assertThat(second.success).isTrue();
            assertThat(second.migrationsExecuted).isZero();
            // Flyway reports no target version when nothing ran; the second run starts where the first ended.
            assertThat(second.initialSchemaVersion).isEqualTo(first.targetSchemaVersion);
        }
    }
}
