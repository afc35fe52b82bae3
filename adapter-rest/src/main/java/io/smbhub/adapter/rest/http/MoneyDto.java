package io.smbhub.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import io.smbhub.domain.shared.Money;

import java.util.List;

/** Money in responses: the exact amount as a decimal string at the currency's scale, and the ISO 4217 code. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Money", description = "An exact amount: decimal string at the currency's minor-unit scale")
public record MoneyDto(@Schema(example = "120.50") String amount, @Schema(example = "USD") String currency) {

    @Nullable
    public static MoneyDto of(@Nullable Money money) {
        return money == null ? null : new MoneyDto(money.toPlainString(), money.currency());
    }

    public static List<MoneyDto> of(List<Money> amounts) {
        return amounts.stream().map(MoneyDto::of).toList();
    }
}
