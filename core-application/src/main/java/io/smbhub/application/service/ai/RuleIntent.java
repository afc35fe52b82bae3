package io.smbhub.application.service.ai;

import io.smbhub.domain.ai.AiIntent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intent keywords of the offline extractor in English and Indonesian, with a few Malay, Spanish, French and Chinese
 * words (issue 6): each cue adds its weight to one intent; the highest total wins, and a text with no cue is a work
 * request. Weights: 4 for cues that settle the intent ("overdue", "belum bayar", "your receipt"), 3 for the intent's
 * own noun ("invoice", "penawaran", "struk"), 1–2 for hints ("beli", "tolong", "total").
 */
final class RuleIntent {

    /** Scores per intent (≥ 0), highest first. */
    record Scores(List<Map.Entry<AiIntent, Integer>> ranked) {
        AiIntent top() {
            return ranked.get(0).getValue() > 0 ? ranked.get(0).getKey() : AiIntent.CREATE_WORK_ITEM;
        }

        int score(int rank) {
            return ranked.get(rank).getValue();
        }
    }

    private record Cue(AiIntent intent, int weight, Pattern pattern) {
    }

    private static final List<Cue> CUES = new ArrayList<>();

    static {
        cue(AiIntent.DRAFT_AR_MESSAGE, 4, "overdue|past due|belum (?:bisa )?(?:saya |sy )?(?:di)?bayar|blm (?:di)?bayar|"
                + "belum lunas|belum transfer|blm transfer|belum ditransfer|remind(?:er)?|ingatkan|pengingat|follow[- ]up|"
                + "outstanding|unpaid|(?:has ?n['o]?t|hasnt|have ?n['o]?t|not yet) (?:been )?paid|final notice|"
                + "chase|tagih|menagih|penagihan|tunggakan|nunggak|dunning|peringatan bayaran|"
                + "tertunggak|late fee|denda keterlambatan|lewat jatuh tempo|belum membayar|not been paid|"
                + "payment status|pay half|bayar (?:setengah|sebagian|nyicil|cicil)");
        cue(AiIntent.DRAFT_AR_MESSAGE, 1, "jatuh tempo|due date|sudah lewat|udah lewat|udh lewat");
        cue(AiIntent.DRAFT_INVOICE, 3, "invoice|invoicing|invois|tagihan(?:nya)?|faktur|bill me|bill us|"
                + "please bill|bill(?= (?-i:\\p{Lu}))|charge(?= (?-i:\\p{Lu}))|facture");
        cue(AiIntent.DRAFT_INVOICE, 2, "invoice (?:us|me|them|him|her)|go ahead and invoice|please invoice|"
                + "pls invoice|raise an invoice|issue (?:the |an )?invoice|send (?:me |us )?the invoice|"
                + "buat(?:kan)? invoice|kirim tagihan|tagihannya|bill|billing|nota untuk|nota buat");
        cue(AiIntent.DRAFT_QUOTE, 3, "quote|quotation|penawaran|estimate|estimasi|berapa (?:harga|biaya|ongkos)|"
                + "brp (?:harga|biaya|ongkos)|how much|sebut harga|price for|your price|proposal|price list|"
                + "pricelist|cotizaci[oó]n|presupuesto|devis|rab|harga(?:nya)? berapa|biaya(?:nya)? berapa|"
                + "minta harga|cek harga|报价|多少钱");
        cue(AiIntent.DRAFT_QUOTE, 1, "harga|biaya|price|cost|budget|brp|berapa|fee");
        cue(AiIntent.DRAFT_EXPENSE, 4, "your (?:e-)?receipt|e-receipt|your order receipt|your invoice|charged to your card|"
                + "tagihan pembelian|thanks for riding|terima kasih telah berbelanja|gracias por su compra|"
                + "factura simplificada|uang pribadi|reimburse(?:ment)?|pengeluaran|expense|收据|小票");
        cue(AiIntent.DRAFT_EXPENSE, 3, "receipt|struk|kwitansi|kuitansi|resit|bought|beli|membeli|belanja|purchased|"
                + "paid for|sudah dibayar|udah dibayar|sdh dibayar|sudah bayar|udah bayar|habis|spend|spent");
        cue(AiIntent.DRAFT_EXPENSE, 2, "paid|bayar listrik|bayar air|bayar sewa|ongkos|nota|subtotal|tunai|kembali|"
                + "kembalian|mohon ditransfer|total paid|grand total|ditransfer");
        cue(AiIntent.DRAFT_EXPENSE, 1, "total|visa|mastercard|debit");
        cue(AiIntent.CREATE_WORK_ITEM, 2, "perbaiki|diperbaiki|benerin|fix|repair|booking|book|reservasi|reservation|"
                + "bocor|leak(?:ing|s)?|rusak|broken|mampet|stuck|not cooling|tidak dingin|ga dingin|gak dingin|"
                + "netes|pecah|mati|install|pasang|survey|survei|jadwal|menjadwalkan|schedule|technician|teknisi|"
                + "come (?:today|tomorrow|over)|datang|send someone|dicek|cek|check|order:|pesan|pesanan|need|butuh|"
                + "perlu|mau order|kirim ulang|dikirim ulang|deliver|antar|revisen|fuit|passer|热水器|坏了|来修|"
                + "magpa|pwede|please confirm|mohon konfirmasi");
        cue(AiIntent.CREATE_WORK_ITEM, 1, "tolong|please|can you|could you|bisa|bs|order|servis|service|cleaning|"
                + "bersih|urgent|segera|asap|darurat|mendesak|emergency");
    }

    private static void cue(AiIntent intent, int weight, String words) {
        CUES.add(new Cue(intent, weight, Pattern.compile("(?iu)(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])")));
    }

    private RuleIntent() {
    }

    static Scores score(String text) {
        Map<AiIntent, Integer> scores = new EnumMap<>(AiIntent.class);
        for (AiIntent i : AiIntent.values()) {
            scores.put(i, 0);
        }
        for (Cue c : CUES) {
            Matcher m = c.pattern().matcher(text);
            int hits = 0;
            while (m.find() && hits < 3) {
                hits++;
            }
            scores.merge(c.intent(), hits * c.weight(), Integer::sum);
        }
        List<Map.Entry<AiIntent, Integer>> ranked = new ArrayList<>(scores.entrySet());
        // ties: the more specific paperwork first (AR, expense, invoice, quote, then work)
        List<AiIntent> tieOrder = List.of(AiIntent.DRAFT_AR_MESSAGE, AiIntent.DRAFT_EXPENSE, AiIntent.DRAFT_INVOICE,
                AiIntent.DRAFT_QUOTE, AiIntent.CREATE_WORK_ITEM);
        ranked.sort(Comparator.<Map.Entry<AiIntent, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparingInt(e -> tieOrder.indexOf(e.getKey())));
        return new Scores(List.copyOf(ranked));
    }
}
