package io.smbhub.application.service.ai;

import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DraftFields.DraftLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The offline extractor's parsers read amounts, dates, quantities, lines, contacts and intents")
class RuleParsersTest {

    /** Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @DisplayName("amounts in Indonesian and international notations, in major units")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Rp 1.500.000          | 1500000  | IDR
            Rp1.500.000,50        | 1500000.50 | IDR
            IDR 1,500,000         | 1500000  | IDR
            1.5jt                 | 1500000  | IDR
            1,5 juta              | 1500000  | IDR
            250rb                 | 250000   | IDR
            250 ribu              | 250000   | IDR
            250k                  | 250000   | -
            $1,234.56             | 1234.56  | USD
            USD 12.50             | 12.50    | USD
            45,80 €               | 45.80    | EUR
            S$680                 | 680      | SGD
            RM 80.00              | 80.00    | MYR
            £157.50               | 157.50   | GBP
            6,500,000 IDR         | 6500000  | IDR
            total 128.000         | 128000   | -
            """)
    void readsAmounts(String text, BigDecimal value, String currency) {
        List<RuleMoney.Mention> found = RuleMoney.find(text, new RuleSpans(), "IDR");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualByComparingTo(value);
        assertThat(found.get(0).currency()).isEqualTo(currency);
        assertThat(found.get(0).strong()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("digits that belong to something else are not amounts")
    @CsvSource(delimiter = '|', textBlock = """
            Freon R32
            10%
            INV-000123
            14:22
            kertas A4 80gsm
            cat 5L
            """)
    void ignoresNonAmounts(String text) {
        assertThat(RuleMoney.find(text, new RuleSpans(), "IDR")).noneMatch(RuleMoney.Mention::strong);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("dates written out or relative to today (Tuesday 10 March 2026)")
    @CsvSource(delimiter = '|', textBlock = """
            due 2026-11-21                 | 2026-11-21
            tgl 21/11/2026                 | 2026-11-21
            on 11/21/2026                  | 2026-11-21
            21 Nov 2026                    | 2026-11-21
            20 Maret                       | 2026-03-20
            May 19, 2026                   | 2026-05-19
            datang besok ya                | 2026-03-11
            tomorrow please                | 2026-03-11
            kemarin                        | 2026-03-09
            next Friday                    | 2026-03-13
            Jumat depan                    | 2026-03-13
            hari Senin                     | 2026-03-16
            in 14 days                     | 2026-03-24
            jatuh tempo 14 hari            | 2026-03-24
            due in 7 days                  | 2026-03-17
            NET 30                         | 2026-04-09
            due 2 weeks ago                | 2026-02-24
            bayar akhir bulan              | 2026-03-31
            gajian tgl 25                  | 2026-03-25
            tgl 5                          | 2026-04-05
            2 Jan                          | 2026-01-02
            """)
    void readsDates(String text, LocalDate expected) {
        List<RuleDates.Mention> found = RuleDates.find(text, TODAY, new RuleSpans());

        assertThat(found).extracting(RuleDates.Mention::date).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("durations and validity periods are not dates")
    @CsvSource(delimiter = '|', textBlock = """
            sudah 45 hari belum bayar
            berlaku 14 hari
            3 bulan
            lewat 2 minggu
            """)
    void durationsAreNotDates(String text) {
        assertThat(RuleDates.find(text, TODAY, new RuleSpans())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a due cue marks the due date")
    @CsvSource(delimiter = '|', textBlock = """
            jatuh tempo tgl 20 November 2026 | true
            paling lambat 20 Maret           | true
            due 31/08/2026                   | true
            paid on 17 May 2026              | false
            """)
    void marksDueCues(String text, boolean cue) {
        assertThat(RuleDates.find(text, TODAY, new RuleSpans())).singleElement()
                .extracting(RuleDates.Mention::dueCue).isEqualTo(cue);
    }

    @ParameterizedTest(name = "{0} -> {1} x {2} @ {3}")
    @DisplayName("priced lines become line items with quantity and unit price")
    @CsvSource(delimiter = '|', textBlock = """
            2x AC service @ 150.000            | AC service       | 2  | 150000
            - Paint 5L: Rp 250.000              | Paint 5L         | 1  | 250000
            3 pcs lampu LED @ Rp 45.000         | Lampu LED        | 3  | 45000
            qty 4 filter AC @ 30rb              | Filter AC        | 4  | 30000
            cuci AC 2 unit @75rb                | Cuci AC          | 2  | 75000
            AC service x2 @ 150rb               | AC service       | 2  | 150000
            Nasi box ayam 30 x 35.000           | Nasi box ayam    | 30 | 35000
            labour 3 hrs x $65                  | Labour           | 3  | 65
            pasang kanopi 3x4m 4.5jt            | Pasang kanopi 3x4m | 1 | 4500000
            kabel 2 roll = Rp 300.000           | Kabel            | 2  | 150000
            """)
    void readsLineItems(String text, String description, BigDecimal quantity, BigDecimal unitPrice) {
        RuleSpans blocked = new RuleSpans();
        List<DraftLine> lines = RuleLineItems.find(text, RuleMoney.find(text, blocked, "IDR"), false, null, blocked);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.description()).isEqualToIgnoringCase(description);
            assertThat(line.quantity()).isEqualByComparingTo(quantity);
            assertThat(line.unitPrice()).isEqualByComparingTo(unitPrice);
        });
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("deposits, discounts, budgets and totals are not line items")
    @CsvSource(delimiter = '|', textBlock = """
            DP sudah 500rb
            diskon 50.000
            budget sekitar 75rb
            Grand total Rp 2.999.000
            """)
    void skipsNonLines(String text) {
        RuleSpans blocked = new RuleSpans();
        assertThat(RuleLineItems.find(text, RuleMoney.find(text, blocked, "IDR"), false, null, blocked)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("phone numbers in local and international formats; other ids are not phones")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            hp 0812-3344-5566 ya          | 0812-3344-5566
            call +62 21 5790 1234         | +62 21 5790 1234
            Telp. (021) 4567 8901         | (021) 4567 8901
            +44 7700 900123               | +44 7700 900123
            NPWP 01.234.567.8-901.000     | -
            ke BCA 123-456-7890           | -
            ABN 12 345 678 901            | -
            """)
    void readsPhones(String text, String phone) {
        List<RuleContacts.Found> found = RuleContacts.phones(text, new RuleSpans());

        assertThat(found.stream().map(RuleContacts.Found::value).findFirst().orElse(null)).isEqualTo(phone);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("names from sign-offs, introductions, owner's notes and honorifics, without the honorific")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Regards,\\nBudi                                        | Budi
            Salam, Sari                                            | Sari
            Thanks, John Miller                                    | John Miller
            hey need a banner thx - Nadia                          | Nadia
            Selamat siang, saya Dewi dari PT Sinar Abadi           | Dewi
            invoice Pak Budi Santoso: pipa Rp 750.000              | Budi Santoso
            tagihan bu sari cuci ac 3 unit                         | Sari
            Ingatkan PT Delta Prima, invoice INV-000123            | PT Delta Prima
            please invoice karya mandiri for the session           | Karya Mandiri
            Draft a quote for Greenleaf Pte Ltd: setup S$1,200     | Greenleaf Pte Ltd
            Pak Joko, saluran wc mampet                            | -
            Mas AC kamar netes                                     | -
            """)
    void readsNames(String text, String name) {
        String t = text.replace("\\n", "\n");
        String found = RuleContacts.labelled(t);
        found = found != null ? found : RuleContacts.noteSubject(t);
        found = found != null ? found : RuleContacts.sender(t);
        found = found != null ? found : RuleContacts.honorificName(t);

        assertThat(found).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("invoice numbers")
    @CsvSource(delimiter = '|', textBlock = """
            invoice INV-000123 overdue           | INV-000123
            about invoice #INV-000187            | INV-000187
            faktur no. INV/2025/12/045           | INV/2025/12/045
            invoice no. 4521 belum dibayar       | 4521
            """)
    void readsInvoiceNumbers(String text, String number) {
        assertThat(RuleContacts.invoiceNumbers(text, new RuleSpans())).first()
                .extracting(RuleContacts.Found::value).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("intent keywords in English and Indonesian")
    @CsvSource(delimiter = '|', textBlock = """
            tolong buatkan invoice utk Pak Budi                  | DRAFT_INVOICE
            kirim tagihan ya                                     | DRAFT_INVOICE
            bill me for the repair                               | DRAFT_INVOICE
            berapa harga cuci AC?                                | DRAFT_QUOTE
            can you send a quotation                             | DRAFT_QUOTE
            minta penawaran catering 50 pax                      | DRAFT_QUOTE
            struk bensin 300rb                                   | DRAFT_EXPENSE
            bought 2 ladders at Ace Hardware                     | DRAFT_EXPENSE
            tadi beli semen 10 sak                               | DRAFT_EXPENSE
            invoice INV-000123 overdue, send a reminder          | DRAFT_AR_MESSAGE
            Bu Maya belum bayar, jatuh tempo kemarin             | DRAFT_AR_MESSAGE
            tagihan bulan April belum bisa saya bayar            | DRAFT_AR_MESSAGE
            AC bocor, tolong perbaiki besok                      | CREATE_WORK_ITEM
            booking cleaning Sabtu                               | CREATE_WORK_ITEM
            hello there                                          | CREATE_WORK_ITEM
            """)
    void readsIntents(String text, AiIntent intent) {
        assertThat(RuleIntent.score(text).top()).isEqualTo(intent);
    }
}
