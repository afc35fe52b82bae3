package io.smbhub.application.service.ai;

import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The rule-based extractor drafts offline, deterministically, and never claims more than 0.60 confidence")
class RuleBasedExtractorTest {

    private static final LanguageModel.CallContext CTX = new LanguageModel.CallContext(new TenantId(new UUID(0, 7)),
            null, AiFeature.TEXT_TO_TASK);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final RuleBasedExtractor rules = new RuleBasedExtractor();

    private Extraction extract(String text) {
        return rules.extract(new ExtractionRequest(CTX, text, TODAY, ZoneId.of("Asia/Jakarta"), "IDR"));
    }

    @Test
    @DisplayName("an owner's invoice note becomes invoice lines, a contact and a due date")
    void draftsAnInvoiceFromANote() {
        Extraction x = extract("Buatkan invoice utk Pak Budi Santoso: perbaikan pipa kamar mandi Rp 750.000 + "
                + "ganti kran 2 pcs @ Rp 85.000. Jatuh tempo 7 hari.");

        assertThat(x.intent()).isEqualTo(AiIntent.DRAFT_INVOICE);
        assertThat(x.extractor()).isEqualTo(AiDraft.RULES_EXTRACTOR);
        DraftFields f = x.fields();
        assertThat(f.contactName()).isEqualTo("Budi Santoso");
        assertThat(f.currency()).isEqualTo("IDR");
        assertThat(f.lineItems()).extracting(DraftFields.DraftLine::description)
                .containsExactly("Perbaikan pipa kamar mandi", "Ganti kran");
        assertThat(f.linesTotal()).isEqualByComparingTo("920000");
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    @DisplayName("a receipt becomes an expense with vendor, date, total (not the cash tendered) and category")
    void draftsAnExpenseFromAReceipt() {
        Extraction x = extract("STRUK PEMBELIAN\nTOKO BANGUNAN SINAR JAYA\n09/03/2026 14:22\nPipa PVC 4 btg x 32.000 128.000\n"
                + "Lem pipa 1 x 15.000 15.000\nTOTAL 143.000\nTUNAI 150.000\nKEMBALI 7.000");

        assertThat(x.intent()).isEqualTo(AiIntent.DRAFT_EXPENSE);
        assertThat(x.fields().vendor()).isEqualTo("Toko Bangunan Sinar Jaya");
        assertThat(x.fields().date()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(x.fields().amount()).isEqualByComparingTo("143000");
        assertThat(x.fields().category()).isEqualTo("Materials");
        assertThat(x.fields().lineItems()).isEmpty();
    }

    @Test
    @DisplayName("an expense written without a date is dated today, the tenant-local date of the request")
    void undatedPurchaseIsToday() {
        assertThat(extract("tadi beli bensin 300rb di SPBU Cibubur").fields().date()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("an overdue note becomes an AR follow-up with a reminder message to edit, in the note's language")
    void draftsAnArFollowUp() {
        Extraction x = extract("Tolong ingatkan PT Delta Prima, invoice INV-000123 sebesar Rp 4.500.000 sudah jatuh "
                + "tempo tgl 1 Maret dan belum dibayar.");

        assertThat(x.intent()).isEqualTo(AiIntent.DRAFT_AR_MESSAGE);
        assertThat(x.fields().invoiceNumber()).isEqualTo("INV-000123");
        assertThat(x.fields().amount()).isEqualByComparingTo("4500000");
        assertThat(x.fields().dueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(x.fields().description()).contains("PT Delta Prima", "INV-000123", "Rp 4.500.000", "1 Mar 2026")
                .startsWith("Halo");
    }

    @Test
    @DisplayName("a request for work gets a title from its first sentence and URGENT when it says so")
    void draftsAWorkItem() {
        Extraction x = extract("Hi team, the split AC in the server room is leaking again. It's urgent. "
                + "Please send someone today.\n\nRegards,\nKevin Tan\nkevin.tan@nusantech.id");

        assertThat(x.intent()).isEqualTo(AiIntent.CREATE_WORK_ITEM);
        assertThat(x.fields().title()).isEqualTo("The split AC in the server room is leaking again");
        assertThat(x.fields().priority()).isEqualTo("URGENT");
        assertThat(x.fields().contactName()).isEqualTo("Kevin Tan");
        assertThat(x.fields().contactEmail()).isEqualTo("kevin.tan@nusantech.id");
        assertThat(x.fields().dueDate()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("confidence stays at or below 0.60 and two alternative intents are offered, never the chosen one")
    void confidenceIsCappedAndAlternativesOffered() {
        for (String text : new String[]{"Buatkan invoice INV-000231 ke Bu Ratna: kue lapis 10 box @ Rp 120.000, "
                + "due 10/11/2026. Regards, Ratna", "hello", "receipt total Rp 90.500 Indomaret"}) {
            Extraction x = extract(text);
            assertThat(x.confidence()).isLessThanOrEqualTo(RuleBasedExtractor.MAX_CONFIDENCE);
            assertThat(x.confidence().scale()).isEqualTo(2);
            assertThat(x.alternatives()).hasSize(2).doesNotContain(x.intent());
        }
        assertThat(extract("hello").confidence()).isLessThan(extract("Buatkan invoice ke Bu Ratna: kue 10 box @ "
                + "Rp 120.000").confidence());
    }

    @Test
    @DisplayName("the same text always gives the same draft")
    void isDeterministic() {
        String text = "quote utk Bu Nina: pasang kanopi 3x4m 4.5jt, talang 200rb";
        assertThat(extract(text)).isEqualTo(extract(text));
        assertThat(extract(text).fields().lineItems()).extracting(DraftFields.DraftLine::unitPrice)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4500000"), new BigDecimal("200000"));
    }

    @Test
    @DisplayName("odd input gives a valid low-confidence draft instead of an error")
    void oddInputNeverFails() {
        for (String text : new String[]{"", "   ", "🙏🙏🙏", "0812", "1.2.3.4.5.6", "Rp", "@@@ x x x 2x x2",
                "99999999999999999999999999 jt", "<html><b>hi</b></html>", "a".repeat(20_000)}) {
            Extraction x = extract(text);
            assertThat(x.intent()).isNotNull();
            assertThat(x.confidence()).isLessThanOrEqualTo(new BigDecimal("0.30"));
        }
    }
}
