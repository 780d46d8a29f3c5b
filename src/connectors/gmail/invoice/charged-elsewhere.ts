// A line read from a sentence saying someone has charged or will charge the sender for it ("The printer charged us $180
// for the business cards", "the printing — they'll bill us directly ($250)", "Il tipografo ci ha già fatturato i
// biglietti (150 €)"): that amount is another's bill, not a thing to invoice, so whether it belongs is asked. The ways of
// saying it are rows with examples (they run as tests).

export interface ChargedPhrasing {
	lang: string;
	re: RegExp;
	examples: { asks: string[]; ignores: string[] };
}

export const CHARGED_PHRASINGS: ChargedPhrasing[] = [
	{
		lang: "en",
		re: /(?<![\p{L}])(?:(?:charged|billed|invoiced)\s+(?:us|me)|(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+(?:bill|invoice|charge)\s+(?:us|me)|bill(?:s|ed)?\s+us\s+directly)(?![\p{L}])/iu,
		examples: { asks: ["The printer charged us $180 for the business cards.", "They'll bill us directly ($250).", "PrintCo invoiced us $90 for the proofs."], ignores: ["Please invoice us for the logo, $500.", "Please bill us for the cards, $120."] },
	},
	{
		lang: "de",
		re: /(?<![\p{L}])(?:(?:hat|haben)\s+uns\s+(?:[^\s.!?]+\s+){0,6}(?:berechnet|in\s+Rechnung\s+gestellt|abgerechnet|verrechnet)|stell(?:t|en)\s+uns\s+(?:\p{L}+\s+){0,3}in\s+Rechnung|rechne[nt]\s+(?:\p{L}+\s+){0,2}mit\s+uns\s+ab)(?![\p{L}])/iu,
		examples: { asks: ["Die Druckerei hat uns 180 € für die Visitenkarten berechnet.", "Der Drucker stellt uns die Flyer direkt in Rechnung (250 €)."], ignores: ["Bitte stellen Sie uns das Logo in Rechnung: 500 €."] },
	},
	{
		lang: "fr",
		re: /(?<![\p{L}])(?:nous\s+a\s+(?:\p{L}+\s+){0,2}(?:facturé|facturée|facturés|facturées|compté)|nous\s+factureront|nous\s+facturera)(?![\p{L}])/iu,
		examples: { asks: ["L'imprimeur nous a déjà facturé les cartes (150 €).", "Ils nous factureront l'impression directement (250 €)."], ignores: ["Merci de nous facturer le logo, 500 €."] },
	},
	{
		lang: "es",
		re: /(?<![\p{L}])nos\s+(?:ha\s+|han\s+)?(?:\p{L}+\s+)?(?:cobró|cobraron|cobrado|facturó|facturaron|facturado|cobrará|cobrarán|facturará|facturarán)(?![\p{L}])/iu,
		examples: { asks: ["La imprenta ya nos cobró las tarjetas (150 €).", "La imprenta nos facturará la impresión (250 €)."], ignores: ["¿Nos facturas el logo? 500 €."] },
	},
	{
		lang: "it",
		re: /(?<![\p{L}])(?:ci\s+ha(?:nno)?\s+(?:\p{L}+\s+){0,2}(?:fatturato|addebitato)|ci\s+fattureranno|ci\s+fatturerà)(?![\p{L}])/iu,
		examples: { asks: ["Il tipografo ci ha già fatturato i biglietti (150 €).", "La tipografia ci fatturerà la stampa (250 €)."], ignores: ["Fatturaci il logo, 600 €."] },
	},
	{
		lang: "nl",
		re: /(?<![\p{L}])(?:heeft\s+ons\s+(?:\p{L}+\s+){0,3}(?:gefactureerd|in\s+rekening\s+gebracht|berekend)|factureert\s+ons|zal\s+ons\s+(?:\p{L}+\s+){0,2}factureren)(?![\p{L}])/iu,
		examples: { asks: ["De drukker heeft ons de visitekaartjes al gefactureerd (€ 150).", "De drukker factureert ons rechtstreeks (€ 250)."], ignores: ["Kun je ons het logo factureren? € 500."] },
	},
	{
		lang: "pt",
		re: /(?<![\p{L}])(?:nos|me)\s+(?:\p{L}+\s+)?(?:cobrou|cobraram|faturou|faturaram|cobrará|faturará|vai\s+faturar|vão\s+faturar)(?![\p{L}])/iu,
		examples: { asks: ["A gráfica já nos cobrou os cartões (150 €).", "A gráfica nos vai faturar a impressão (250 €)."], ignores: ["Pode nos faturar o logótipo? 500 €."] },
	},
];

/** The lines whose own sentence says another charged for them, as questions. */
export function chargedElsewhere(lines: { description: string; unitPrice: string; source: string }[], currency: string | null): string[] {
	return lines.flatMap((l) => {
		const hit = CHARGED_PHRASINGS.map((p) => p.re.exec(l.source)).find((m) => m !== null);
		return hit ? [`whether "${l.description}" (${l.unitPrice}${currency ? ` ${currency}` : ""}) belongs on this invoice: its sentence says it is charged by someone else ("${hit[0]}")`] : [];
	});
}
