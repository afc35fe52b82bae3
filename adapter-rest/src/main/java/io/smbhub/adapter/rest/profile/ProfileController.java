package io.smbhub.adapter.rest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.ai.AiStatusDto;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.smbhub.application.port.in.profile.ProfileQueries;
import io.smbhub.application.port.in.profile.ProfileView;
import io.smbhub.application.port.in.profile.UpdateProfileUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's profile (spec smb-hub-prd.md 9.6.1, 9.8): the effective profile every client reads at start-up
 * to show modules, labels and required markers, and — in {@code ai} — whether to show AI buttons (issue 6);
 * OWNER/ADMIN select another profile or patch the tenant overrides.
 */
@Controller("/v1/profile")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Profile")
public class ProfileController {

    private static final String VERSION_FIELD = "if_match_version";

    private final ProfileQueries queries;
    private final UpdateProfileUseCase update;
    private final AiStatusQueries aiStatus;

    public ProfileController(ProfileQueries queries, UpdateProfileUseCase update, AiStatusQueries aiStatus) {
        this.queries = queries;
        this.update = update;
        this.aiStatus = aiStatus;
    }

    @Get
    @Operation(operationId = "getProfile", summary = "The effective profile: merge of base, the selected profile and the tenant overrides")
    public HttpResponse<Envelope<ProfileDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, profile(actor, queries.effective(actor)));
    }

    @Patch
    @Operation(operationId = "changeProfile", summary = "Select another profile (OWNER/ADMIN); data and overrides are kept")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChangeProfileRequest.class)))
    public HttpResponse<Envelope<ProfileDto>> change(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        String profileId = json.string("profile_id");
        if (profileId == null) {
            throw ApiException.invalid("profile_id", "profile_id is required");
        }
        Long expected = json.longValue(VERSION_FIELD);
        return Responses.updated(request, expected, () -> profile(actor, update.changeProfile(actor, profileId, expected)),
                () -> profile(actor, queries.effective(actor)));
    }

    @Patch("/tenant-overrides")
    @Operation(operationId = "patchProfileOverrides", summary = "Patch the tenant overrides (OWNER/ADMIN) with a JSON merge patch "
            + "(RFC 7396: objects merge, null removes an override); unknown keys are refused field by field; "
            + "optional if_match_version guards against lost updates")
    @RequestBody(content = @Content(schema = @Schema(type = "object", example =
            "{\"capabilities\": {\"quotes\": false}, \"automations\": {\"ar_reminders\": {\"days_after_due\": [5, 10]}}, \"if_match_version\": 1}")))
    public HttpResponse<Envelope<ProfileDto>> patchOverrides(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                             @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        Map<String, Object> patch = json.tree(Set.of(VERSION_FIELD));
        return Responses.updated(request, expected, () -> profile(actor, update.patchOverrides(actor, patch, expected)),
                () -> profile(actor, queries.effective(actor)));
    }

    private ProfileDto profile(Actor actor, ProfileView view) {
        return ProfileDto.of(view, AiStatusDto.of(aiStatus.status(actor)));
    }

    /** The tenant's profile settings in responses. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Profile")
    public record ProfileDto(String profileId, int profileVersion,
                             @Schema(description = "Profile JSON schema v1 (spec 8.2.3): labels, capabilities, required_fields, workflows, extensions, automations, templates, integrations")
                             Map<String, Object> effectiveProfile,
                             Map<String, Object> tenantOverrides, List<String> availableProfiles, Instant updatedAt,
                             long version,
                             @Schema(description = "What AI can do for this business now (as GET /v1/ai/status): hide AI buttons when not available")
                             AiStatusDto ai) {
        static ProfileDto of(ProfileView v, AiStatusDto ai) {
            return new ProfileDto(v.profileId(), v.profileVersion(), v.effectiveProfile(), v.tenantOverrides(),
                    v.availableProfiles(), v.updatedAt(), v.version(), ai);
        }
    }

    /** Body of PATCH /v1/profile. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ChangeProfileRequest")
    public record ChangeProfileRequest(@Schema(example = "retail_pos") String profileId, @Nullable Long ifMatchVersion) {
    }
}
