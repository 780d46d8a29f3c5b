// A due date announced in the words people use beyond "due by": "we'd need it paid by December 15, 2026", "mit
// Fälligkeit zum 11. Dezember", "con vencimiento el 20 de diciembre", "date d'échéance : 18 décembre", "pagar até 10 de
// dezembro", "scade il 15 dicembre", "betaald vóór 12 december". A table by language; each row's examples run as tests
// (tests/connectors/gmail/due-date.test.ts). The date must follow the words at once (maybe after "on"/"the"), so "paid
// by card on 15 November" gives no due date.
import { MONTHS } from "./lexicon";

export interface DueRow {
	lang: string;
	/** Words right before the due date. */
	before: string[];
	/** A text and the due date it gives (read on 2026-11-26). */
	examples: [text: string, date: string][];
	/** Texts with such words but no due date. */
	ignores: string[];
}

export const DUE_PHRASES: DueRow[] = [
	{
		lang: "en",
		before: ["paid by", "paid no later than", "settled by", "settled before", "pay it by", "payment no later than", "due date of", "due date is", "due date", "a due date of", "make it due", "set it due", "falls due on"],
		examples: [
			["We'd need it paid by December 15, 2026 for our year-end close.", "2026-12-15"],
			["Please put a due date of 20 December on it.", "2026-12-20"],
			["It has to be settled by 2026-12-18 at the latest.", "2026-12-18"],
		],
		ignores: ["We paid by card on 15 November.", "It gets paid by our head office.", "The due date is up to you."],
	},
	{
		lang: "de",
		before: ["Fälligkeit zum", "Fälligkeit am", "Fälligkeit bis zum", "Fälligkeit bis", "Fälligkeitsdatum", "Fälligkeitsdatum:", "fällig zum", "fällig bis", "Zahlungsziel bis zum", "Zahlungsziel zum", "Zahlungsziel am", "zu zahlen bis zum", "zu zahlen bis", "bezahlt bis zum", "bezahlt bis", "beglichen bis zum", "beglichen bis"],
		examples: [
			["Wäre es schön, wenn die Rechnung mit Fälligkeit zum 11. Dezember 2026 ausgestellt werden könnte.", "2026-12-11"],
			["Fälligkeitsdatum: 18.12.2026", "2026-12-18"],
			["Bitte Zahlungsziel bis zum 20. Dezember.", "2026-12-20"],
		],
		ignores: ["Die Fälligkeit ist uns egal.", "Bezahlt bis heute haben wir nichts."],
	},
	{
		lang: "es",
		before: ["fecha de vencimiento", "fecha de vencimiento:", "con vencimiento el", "con vencimiento al", "con vencimiento para el", "que venza el", "vence el", "pagada antes del", "pagar antes del", "pagarla antes del", "pagada el", "fecha de pago"],
		examples: [
			["Por favor, con vencimiento el 20 de diciembre de 2026.", "2026-12-20"],
			["Fecha de vencimiento: 15/12/2026", "2026-12-15"],
		],
		ignores: ["La fecha de vencimiento nos da igual."],
	},
	{
		lang: "fr",
		before: ["date d'échéance", "date d’échéance", "date d'échéance :", "date d’échéance :", "échéance fixée au", "à régler pour le", "à régler au plus tard le", "payée avant le", "payer avant le", "payée pour le", "paiement avant le", "paiement au plus tard le", "réglée avant le"],
		examples: [
			["Merci d'indiquer une date d'échéance au 18 décembre.", "2026-12-18"],
			["La facture doit être payée avant le 15 décembre 2026.", "2026-12-15"],
		],
		ignores: ["La date d'échéance, comme tu veux."],
	},
	{
		lang: "pt",
		before: ["data de vencimento", "data de vencimento:", "com vencimento em", "com vencimento para", "com vencimento no dia", "vence em", "vence no dia", "pagar até", "paga até", "pagamento até", "pago até"],
		examples: [
			["Pode colocar a data de vencimento 10 de dezembro?", "2026-12-10"],
			["Precisamos pagar até 15/12/2026.", "2026-12-15"],
		],
		ignores: ["Pode colocar vencimento em 30 dias."],
	},
	{
		lang: "it",
		before: ["data di scadenza", "data di scadenza:", "con scadenza il", "con scadenza al", "scade il", "pagare entro il", "pagata entro il", "pagamento entro il", "saldata entro il"],
		examples: [
			["Mettici per favore data di scadenza 15 dicembre.", "2026-12-15"],
			["Dobbiamo pagare entro il 20/12/2026.", "2026-12-20"],
		],
		ignores: ["Pagamento entro il mese prossimo."],
	},
	{
		lang: "nl",
		before: ["vervaldag", "vervaldag:", "met vervaldatum", "betaald vóór", "betaald voor", "betaald uiterlijk op", "betaald uiterlijk", "betalen vóór", "betalen uiterlijk op", "betalen uiterlijk", "betaaldatum"],
		examples: [
			["Kun je zorgen dat hij betaald vóór 12 december kan worden?", "2026-12-12"],
			["Vervaldag: 18-12-2026", "2026-12-18"],
		],
		ignores: ["Betaald voor het logo hebben we al."],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/['’]/g, "['’]");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
const MONTH_START = MONTHS.flat().map((m) => m.slice(0, 3)).join("|");
/** A date right after the words: digits ("15.12.2026", "2026-12-18", "11. Dezember") or a month name ("December 15"). */
const DATE_START = String.raw`(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+|of\s+)?\p{L}{3,10}\.?(?:,?\s+(?:de\s+)?\d{4})?|(?:${MONTH_START})\p{L}{0,7}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)`;
let compiled: RegExp | null = null;

/** The date written right after due-date words, as written ("December 15, 2026", "15.12.2026"), or null; the caller
 * reads it as a date (a word after a day that is no month gives none). */
export function dueDateWords(text: string): string | null {
	compiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(DUE_PHRASES.flatMap((r) => r.before))})[ \t]*:?[ \t]*(?:(?:on|the|of|am|zum|el|le|au|il|o|a|op|de|per)[ \t]+)?(?<d>${DATE_START})`, "giu");
	compiled.lastIndex = 0;
	for (const m of text.matchAll(compiled)) {
		const d = m.groups?.["d"];
		if (d) return d;
	}
	return null;
}

/** A numeric date "15.12.2026", "15/12/2026", "18-12-2026" (day first) or "2026-12-18" as YYYY-MM-DD, or null. */
export function numericDate(written: string): string | null {
	const isoM = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written.trim());
	const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(written.trim());
	const [y, mo, d] = isoM ? [isoM[1], isoM[2], isoM[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
	if (!y || !mo || !d) return null;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
	return date.toISOString().slice(0, 10);
}
