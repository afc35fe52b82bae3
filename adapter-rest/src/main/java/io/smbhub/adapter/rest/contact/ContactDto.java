package io.smbhub.adapter.rest.contact;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact in responses. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Contact")
public record ContactDto(UUID id, ContactType type, String displayName, @Nullable String companyName,
                         @Nullable String email, @Nullable String phone, AddressDto address, List<String> tags,
                         @Nullable String notes, ContactStatus status, Instant createdAt, Instant updatedAt, long version,
                         @Schema(description = "Actions the caller may take now (spec 12.7); any other action is refused with the reason that left it out")
                         List<String> allowedActions) {

    public static ContactDto of(ContactView v) {
        return new ContactDto(v.id(), v.type(), v.displayName(), v.companyName(), v.email(), v.phone(),
                AddressDto.of(v.address()), v.tags(), v.notes(), v.status(), v.createdAt(), v.updatedAt(), v.version(),
                v.allowedActions());
    }

    /** A postal address; every part optional. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Address")
    public record AddressDto(@Nullable String line1, @Nullable String line2, @Nullable String city,
                             @Nullable String region, @Nullable String postalCode, @Nullable String country) {
        static AddressDto of(Address a) {
            Address x = a == null ? Address.EMPTY : a;
            return new AddressDto(x.line1(), x.line2(), x.city(), x.region(), x.postalCode(), x.country());
        }
    }

    /** Request body of POST /v1/contacts (documentation); PATCH takes the same fields, all optional, plus {@code if_match_version}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ContactRequest")
    public record Request(@Schema(example = "John Smith") String displayName, @Nullable ContactType type,
                          @Nullable String companyName, @Nullable @Schema(example = "john@example.com") String email,
                          @Nullable @Schema(example = "+14165550100") String phone, @Nullable AddressDto address,
                          @Nullable List<String> tags, @Nullable String notes, @Nullable ContactStatus status,
                          @Nullable @Schema(description = "PATCH only: refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }

    /** Result of a CSV import. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ContactImportReport")
    public record ImportReportDto(int created, int skippedDuplicates, int rejected, List<RowErrorDto> errors) {
    }

    /** A rejected CSV row: physical line number (header = line 1), field, reason. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ContactImportError")
    public record RowErrorDto(long line, @Nullable String field, String message) {
    }
}
