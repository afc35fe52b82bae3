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
            assertThat(second.success).isTrue();
            assertThat(second.migrationsExecuted).isZero();
            assertThat(second.targetSchemaVersion).isEqualTo(first.targetSchemaVersion);
        }
    }
}
