package io.smbhub.application.service.ai;

import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DraftFields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An extractor's answer (spec smb-hub-prd.md 10.5.2): the most likely {@code intent}; the {@code fields} found (amounts
 * in major units of their currency, dates tenant-local; see {@link DraftFields}); the {@code confidence} in [0, 1] with
 * two decimals (clamped and rounded half-up here); the {@code extractor} name ({@code rules} or a model id); and 0–2
 * {@code alternatives}, other plausible intents, most likely first, never repeating {@code intent} (step 1 "AI shows
 * 2–3 suggested intents").
 */
public record Extraction(AiIntent intent, DraftFields fields, BigDecimal confidence, String extractor,
                         List<AiIntent> alternatives) {

    public Extraction {
        Objects.requireNonNull(intent, "intent");
        fields = fields == null ? DraftFields.EMPTY : fields;
        confidence = confidence == null || confidence.signum() < 0 ? BigDecimal.ZERO.setScale(2)
                : (confidence.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : confidence).setScale(2, RoundingMode.HALF_UP);
        Objects.requireNonNull(extractor, "extractor");
        alternatives = alternatives == null ? List.of()
                : alternatives.stream().filter(Objects::nonNull).filter(a -> a != intent).distinct().limit(2).toList();
    }
}
