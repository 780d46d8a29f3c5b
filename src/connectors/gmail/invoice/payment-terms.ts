// Payment terms in days written in the ways people write them, beyond "net 30": "our terms are 14 days", "payment
// within 21 days of invoice", "Zahlungsziel: 14 Tage", "pago a 30 días", "30 gg d.f.", "betaaltermijn van 14 dagen".
// A table by language: each phrasing has {N} for the days, and the row's examples run as tests
// (tests/connectors/gmail/payment-terms.test.ts). A phrase must speak of payment or terms, so "deliver within 14
// days" is no term.

export interface TermsRow {
	lang: string;
	phrasings: string[];
	examples: [text: string, days: number][];
	ignores: string[];
}

export const PAYMENT_TERMS: TermsRow[] = [
	{
		lang: "en",
		phrasings: ["terms are {N} days", "terms is {N} days", "terms: {N} days", "terms of {N} days", "terms {N} days", "{N}-day terms", "{N} day terms", "{N} days terms", "pay within {N} days", "payment within {N} days", "paid within {N} days", "payable within {N} days", "payment is due within {N} days", "due within {N} days", "due in {N} days", "{N} days from invoice", "{N} days from the invoice date", "{N} days after invoice", "on {N}-day terms", "on {N} day terms", "payable in {N} days", "{N} days to pay", "due date in {N} days", "due {N} days after invoice", "due {N} days from invoice", "net-{N}", "net{N}"],
		examples: [
			["PO-7781, and our terms are 14 days.", 14],
			["Payment within 21 days of invoice, please.", 21],
			["We pay on 45-day terms.", 45],
			["Can you make it payable in 21 days?", 21],
			["We pay net-30.", 30],
		],
		ignores: ["We need the photos within 14 days.", "The shoot took 3 days."],
	},
	{
		lang: "de",
		phrasings: ["Zahlungsziel {N} Tage", "Zahlungsziel: {N} Tage", "Zahlungsziel von {N} Tagen", "Zahlungsfrist {N} Tage", "Zahlungsfrist von {N} Tagen", "zahlbar binnen {N} Tagen", "innerhalb von {N} Tagen zahlbar", "innerhalb von {N} Tagen bezahlen", "innerhalb von {N} Tagen überweisen", "{N} Tage netto", "{N} Tage nach Rechnungseingang", "{N} Tage nach Rechnungsdatum", "Zahlung in {N} Tagen", "Zahlung innerhalb von {N} Tagen", "fällig in {N} Tagen", "fällig nach {N} Tagen", "fällig innerhalb von {N} Tagen", "Fälligkeit {N} Tage", "Fälligkeit in {N} Tagen", "Fälligkeit nach {N} Tagen", "zahlbar innert {N} Tagen", "innert {N} Tagen zahlbar", "Zahlung innert {N} Tagen"],
		examples: [
			["Unser Zahlungsziel von 21 Tagen gilt wie immer.", 21],
			// Swiss German writes "innert" for "innerhalb".
			["Zahlbar innert 30 Tagen ist für uns ok.", 30],
			["Wir zahlen 30 Tage nach Rechnungseingang.", 30],
			["Bitte mit Fälligkeit in 14 Tagen.", 14],
		],
		ignores: ["Die Fotos bitte innerhalb von 14 Tagen liefern."],
	},
	{
		lang: "es",
		phrasings: ["pago a {N} días", "pagamos a {N} días", "plazo de pago de {N} días", "plazo de {N} días para el pago", "en un plazo de {N} días desde la factura", "a {N} días fecha factura", "a {N} días de la fecha de factura", "{N} días fecha factura", "vencimiento a {N} días", "vencimiento en {N} días", "vencimiento de {N} días", "pago en {N} días", "a pagar en {N} días"],
		examples: [
			["Como siempre, pagamos a 60 días.", 60],
			["Vencimiento a 30 días fecha factura.", 30],
			["Ponle vencimiento en 15 días, porfa.", 15],
		],
		ignores: ["La entrega en un plazo de 10 días."],
	},
	{
		lang: "fr",
		phrasings: ["paiement à {N} jours", "règlement à {N} jours", "payable à {N} jours", "paiement sous {N} jours", "règlement sous {N} jours", "délai de paiement de {N} jours", "{N} jours fin de mois", "{N} jours date de facture", "{N} jours nets", "échéance à {N} jours", "échéance de {N} jours", "échéance {N} jours", "paiement dans {N} jours"],
		examples: [
			["Règlement à 45 jours, comme d'habitude.", 45],
			["Délai de paiement de 30 jours.", 30],
			["Échéance à 45 jours, merci.", 45],
		],
		ignores: ["Livraison sous 10 jours."],
	},
	{
		lang: "pt",
		phrasings: ["pagamento a {N} dias", "pagamos a {N} dias", "prazo de pagamento de {N} dias", "pagamento em {N} dias", "{N} dias após a fatura", "{N} dias da data da fatura", "{N} dias após emissão", "vencimento em {N} dias", "vencimento a {N} dias", "vencimento para {N} dias", "vencimento de {N} dias", "prazo de {N} dias para pagamento"],
		examples: [
			["O pagamento será feito a 15 dias da data da fatura.", 15],
			["Pagamento em 28 dias, ok?", 28],
			["Pode colocar vencimento em 30 dias.", 30],
		],
		ignores: ["Entrega em 5 dias úteis."],
	},
	{
		lang: "it",
		phrasings: ["pagamento a {N} giorni", "pagamento entro {N} giorni", "paghiamo a {N} giorni", "{N} giorni data fattura", "{N} gg data fattura", "{N} gg d.f.", "{N} gg df", "{N} giorni d.f.", "{N} giorni df", "termini di pagamento {N} giorni", "bonifico a {N} giorni", "scadenza a {N} giorni", "scadenza di {N} giorni", "scadenza {N} giorni", "pagamento a {N} gg", "pagamento {N} gg", "a {N} gg", "{N} gg fm", "{N} gg f.m.", "{N} gg dffm"],
		examples: [
			["Pagamento a 60 giorni data fattura.", 60],
			["Come sempre 30 gg d.f.", 30],
			["Mettici scadenza a 60 giorni.", 60],
			["Pagamento a 60 gg.", 60],
		],
		ignores: ["Consegna entro 10 giorni."],
	},
	{
		lang: "nl",
		phrasings: ["betaaltermijn {N} dagen", "betaaltermijn van {N} dagen", "betalingstermijn van {N} dagen", "betaling binnen {N} dagen", "betalen binnen {N} dagen", "{N} dagen na factuurdatum", "{N} dagen netto", "termijn van {N} dagen", "vervaldatum over {N} dagen", "vervaltermijn van {N} dagen", "vervaltermijn {N} dagen"],
		examples: [
			["Onze betaaltermijn van 14 dagen geldt.", 14],
			["Betaling binnen 30 dagen na factuurdatum.", 30],
			["Zet de vervaldatum over 14 dagen.", 14],
		],
		ignores: ["Levering binnen 10 dagen."],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const COMPILED = PAYMENT_TERMS.flatMap((r) => r.phrasings).map((p) => {
	const [a, b] = p.split("{N}");
	return new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(a!)}(\d{1,3})${escape(b ?? "")}(?![\p{L}])`, "iu");
});

/** The days of the payment terms written in the text (the first such phrase), or null. */
export function termsDays(text: string): number | null {
	let best: { at: number; days: number } | null = null;
	for (const re of COMPILED) {
		const m = re.exec(text);
		if (m && (best === null || m.index < best.at)) best = { at: m.index, days: Number(m[1]) };
	}
	return best && best.days > 0 ? best.days : null;
}
