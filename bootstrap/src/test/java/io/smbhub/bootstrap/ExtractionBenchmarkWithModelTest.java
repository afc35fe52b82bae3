package io.smbhub.bootstrap;

import io.smbhub.adapter.llm.GeminiLanguageModels;
import io.smbhub.adapter.llm.GeminiSettings;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.service.ai.ExtractionBenchmark;
import io.smbhub.application.service.ai.ModelDraftExtractor;
import io.smbhub.application.service.ai.RedactingLanguageModel;
import io.smbhub.application.service.ai.RedactionPolicy;
import io.smbhub.application.service.ai.RuleBasedExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Text-to-Task benchmark for both extractors against the real Gemini API (issue 6): prints intent accuracy and
 * per-field F1 of the offline rules and of the configured model over the labelled evaluation set. Needs the internet
 * and a key, so it only runs when {@code GEMINI_API_KEY} is set (optionally {@code GEMINI_MODEL}); without one it is
 * skipped and the offline extractor's figures come from core-application's {@code ExtractionBenchmarkTest}. The model
 * sees the messages redacted, as in production. Run with:
 * {@code GEMINI_API_KEY=… mvn -B -pl bootstrap -am test -Dtest=ExtractionBenchmarkWithModelTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (the report is in {@code bootstrap/target/surefire-reports/…ExtractionBenchmarkWithModelTest-output.txt}).
 */
class ExtractionBenchmarkWithModelTest {

    @Test
    void bothExtractorsOnTheEvaluationSet() {
        String key = System.getenv("GEMINI_API_KEY");
        assumeTrue(key != null && !key.isBlank(), "GEMINI_API_KEY not set: the live model benchmark is skipped");
        LanguageModel gemini = GeminiLanguageModels.create(GeminiSettings.of(key, System.getenv("GEMINI_MODEL"),
                System.getenv("GEMINI_BASE_URL")));
        LanguageModel redacted = new RedactingLanguageModel(gemini, tenant -> RedactionPolicy.DEFAULT);
        ExtractionBenchmark.run(System.out, new RuleBasedExtractor(), new ModelDraftExtractor(redacted));
    }
}
