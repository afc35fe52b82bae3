package io.smbhub.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.LineItemView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A line item in responses, with its computed {@code amount} (qty × rate), {@code tax} and {@code total}
 * (amount − discount + tax); {@code qty} and {@code tax_rate} (percent) as exact decimal strings.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "LineItem")
public record LineItemDto(String name, @Schema(example = "1") String qty, MoneyDto rate,
                          @Schema(example = "13") String taxRate, MoneyDto discount, MoneyDto amount, MoneyDto tax,
                          MoneyDto total) {
    public static LineItemDto of(LineItemView v) {
        return new LineItemDto(v.name(), v.qty().toPlainString(), MoneyDto.of(v.rate()), v.taxRate().toPlainString(),
                MoneyDto.of(v.discount()), MoneyDto.of(v.amount()), MoneyDto.of(v.tax()), MoneyDto.of(v.total()));
    }
}
