package io.smbhub.application.port.out;

import io.smbhub.domain.ai.Digest;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.Optional;

/** Stored CEO digests (issue 6); one per tenant and day. Tenant-scoped. */
public interface DigestRepository {

    /** Inserts the digest of its day, or replaces the stored one of that day. */
    void save(Digest digest);

    Optional<Digest> find(TenantId tenant, LocalDate day);

    /** The most recent day's digest. */
    Optional<Digest> latest(TenantId tenant);
}
