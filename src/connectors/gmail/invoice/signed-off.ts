// A line read from below the sender's sign-off ("Thanks,\nDana\n…P.S. Our spring catalogue print run was 2,000
// copies at $0.45", a signature's "Try our new 250 g bags at $14 each", "Nos ateliers : 3 sessions à 40 €"): what a
// signature or an aside below it prices is the sender's own business, not a thing to invoice, unless it asks to add it
// ("P.S. Please also add the rush fee, $80"). Such a line is asked about, never drafted. The closings are a table.

/** Closing words on a line of their own ("Thanks,", "Viele Grüße", "Cordialement", "Un saludo"). */
export const CLOSINGS = [
	"thanks", "thank you", "many thanks", "thanks again", "thanks so much", "cheers", "best", "best regards", "kind regards", "regards", "warm regards", "all the best", "best wishes", "sincerely", "yours", "yours sincerely", "talk soon",
	"danke", "vielen dank", "danke dir", "danke euch", "viele grüße", "beste grüße", "liebe grüße", "lg", "grüße", "gruß", "mfg", "mit freundlichen grüßen", "freundliche grüße", "schöne grüße",
	"cordialement", "bien à vous", "bien cordialement", "merci", "merci beaucoup", "amitiés", "bonne journée", "à bientôt",
	"saludos", "un saludo", "atentamente", "gracias", "muchas gracias", "un abrazo", "saludos cordiales",
	"obrigado", "obrigada", "cumprimentos", "atenciosamente", "abraço", "abraços", "um abraço",
	"grazie", "grazie mille", "saluti", "cordiali saluti", "un saluto", "a presto",
	"groeten", "met vriendelijke groet", "met vriendelijke groeten", "hartelijke groet", "groet", "vriendelijke groet", "bedankt",
];
const CLOSING = new RegExp(String.raw`^[ \t]*(?:${CLOSINGS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[ \t]*[,!.]*[ \t]*$`, "iu");
/** A signature separator ("--", "—", "__"). */
const SEPARATOR = /^[ \t]*(?:--|—|–|_{2,}|-{3,})[ \t]*$/u;
/** Words that ask for the line after all ("P.S. Please also add the rush fee, $80", "PS: bitte noch die Anfahrt"). */
const ASKS = /(?<![\p{L}])(?:add|also|too|plus|include|please|additionally|as well|invoice|bill|charge|auch|noch|bitte|dazu|zusätzlich|hinzu|abrechnen|berechnen|Rechnung|aussi|ajoute[rz]?|merci de|facture[rz]?|también|añade|añadir|agrega|por favor|factura|anche|aggiungi|aggiungere|per favore|fattura|ook|graag|voeg|toevoegen|factuur|também|adicione|adiciona|fatura|inclua)(?![\p{L}])/iu;

/** Where the sign-off starts: the first closing, separator or line holding only the sender's first name that comes
 * after `after` (the first line's amount), or -1. */
function signOffAt(text: string, after: number, firstName: string): number {
	const name = firstName.length >= 2 ? firstName.toLowerCase() : null;
	let at = 0;
	for (const row of text.split("\n")) {
		const start = at;
		at += row.length + 1;
		if (start < after) continue;
		// "Dana Whitfield | Acme Coffee Roasters": the name before a bar or a dot is the signature's first part.
		const t = row.trim().toLowerCase().replace(/[,.!]+$/u, "").split(/\s*[|·•]\s*/u)[0]!;
		if (CLOSING.test(row) || SEPARATOR.test(row) || (name !== null && t.split(/\s+/)[0] === name && t.split(/\s+/).length <= 3)) return start;
	}
	return -1;
}

/** The lines read from below the sign-off whose sentence does not ask to add them, as questions. */
export function signedOffLines(text: string, lines: { description: string; unitPrice: string; source: string; span: [number, number] }[], fromName: string, currency: string | null): string[] {
	if (lines.length < 2) return [];
	const first = Math.min(...lines.map((l) => l.span[1]));
	const at = signOffAt(text, first, fromName.trim().split(/\s+/)[0] ?? "");
	if (at < 0) return [];
	return lines.filter((l) => l.span[0] > at && !ASKS.test(l.source)).map((l) => `whether "${l.description}" (${l.unitPrice}${currency ? ` ${currency}` : ""}) belongs on this invoice: it is written below the sign-off ("${l.source.replace(/\s+/g, " ").trim()}")`);
}
