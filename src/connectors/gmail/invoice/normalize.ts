// Puts a request back into the sentences its sender typed: quoted-printable soft breaks a mailer left undecoded and
// lines hard-wrapped by the sender's mail client are joined; real paragraphs, list items and table rows stay apart.
import { decodeCharset, decodeQuotedPrintable } from "../mime/bytes";
import { isIsoCurrency } from "./currency";
import { PER_UNIT } from "./lexicon";

/** Text that is still quoted-printable (soft breaks "=\n" and "=E2=82=AC" escapes) although the part did not say so. */
function undecodedQuotedPrintable(text: string): boolean {
	const soft = (text.match(/=\n/g) ?? []).length;
	const escapes = (text.match(/=[0-9A-F]{2}/g) ?? []).length;
	return soft >= 1 && soft + escapes >= 2;
}

/** A label, dot leaders and an amount at the line's end, its sign or code (a word of up to four letters) on either side.
 * Only a short line is tried: a row is short, and a long line tried from every letter would be slow. */
const DOT_LEADER_ROW = /^[ \t]*\p{L}[^\n]*?[ \t]*(?:\.{4,}|…{2,}|…[ \t]*\.{2,})[ \t]*(?:[^\s\d]{1,4}[ \t]?)?\d[\d.,'’ ]*(?:[.,][-–—]{1,2})?(?:[ \t]?[^\s\d]{1,4})?[ \t]*$/u;

/** A line that starts its own item: a bullet, a numbered item, a table row, a quote, a header-like "Label:" line. */
function startsItem(line: string): boolean {
	// A row that writes its price first ("340 € : Bildbearbeitung", "$500 – logo design") starts an item too.
	// "・" opens a Japanese list row with no space after it; "◦ ‣ ● ■ ➤ ►" are other list marks.
	// A row of a table copied as tab-separated text ("Team portraits\t9\t350\t3,150") or a table's rule ("--------") is
	// never a wrapped sentence.
	// A row of a price list whose dot leaders run to its amount ("Vídeo institucional ....... 850.000,00 Kz") is one too,
	// whatever sign the amount carries.
	return /^\s*(?:[-*•·▪–—]\s|[・◦‣●■➤►]|\d{1,2}[.)]\s|[a-z][.)]\s|>|\|)/.test(line) || (line.length <= 160 && DOT_LEADER_ROW.test(line)) || / \| /.test(line) || /\S {2,}\S/.test(line.trim()) || /\S\t+\S/.test(line) || /^\s*[-=_]{3,}\s*$/.test(line) || /^\s*(?:[$€£¥₹]|[A-Z]{3})?\s?\d[\d.,' ]*\s?(?:[$€£¥₹]|[A-Z]{3}\b)?\s*[:–—-]\s/u.test(line);
}

/** The width the sender's client wrapped at: the longest line of at most 80 characters. */
function wrapWidth(lines: string[]): number | null {
	const lengths = lines.map((l) => l.length).filter((n) => n > 0 && n <= 80);
	if (lengths.length < 2) return null;
	const width = Math.max(...lengths);
	return width >= 30 ? width : null;
}

/** A short row that ends on an amount with its sign or code ("logo refresh A$1,200", "Druck 180,- €"). */
const ROW_ENDS_ON_AMOUNT = /^[^\n]{1,50}?(?:(?:[€£$¥₹]|\b[A-Z]{3}|\b(?:R|Rp|Rs\.?|Fr\.|kr\.?|S\/|RM|Tk))[ \t]?\d[\d.,'’ ]*(?:[.,][-–—]{1,2})?|\d[\d.,'’ ]*(?:[.,][-–—]{1,2})?[ \t]*(?:[€£$¥₹]|[A-Z]{3}\b|Kč|zł|kr\.?))$/u;

/** A row that ends on an amount, or on a price per unit ("R$ 1.200,00 cada", "€ 650,00 l'una", "12,00 € cadauna"). */
const ROW_ENDS_ON_PRICE = new RegExp(String.raw`(?:(?:[€£$¥₹]|\b[A-Z]{3}|\b(?:R|Rp|Rs\.?|Fr\.|kr\.?|Kč|zł|S\/|RM|Tk))[ \t]?\d[\d.,'’ ]*(?:[.,][-–—]{1,2})?|\d[\d.,'’ ]*[ \t]*(?:[€£$¥₹]|[A-Z]{3}\b|F?CFA\b|Kč|zł|kr\.?)|\d(?:[.,][-–—]{1,2})?[ \t]*(?:[€£$¥₹]|[A-Z]{3}\b|F?CFA\b)?[ \t]+(?:${PER_UNIT}|la pièce|je))$`, "u");

/** An amount with its sign or code anywhere on a line ("– 40 foto a € 12,00 ognuna", "CHF 480.– for the shoot"). */
const SIGNED_AMOUNT = /(?:[€£$¥₹]|(?<![\p{L}])(?:R\$|Rp|Rs\.?|Fr\.|kr\.?|S\/|RM|Tk))[ \t]?\d|\d[ \t]?(?:[€£$¥₹]|Kč|zł)|(?<![\p{L}])([A-Z]{3})[ \t]?\d|\d[ \t]?([A-Z]{3})(?![\p{L}])/gu;
function holdsAmount(line: string): boolean {
	for (const m of line.matchAll(SIGNED_AMOUNT)) {
		const code = m[1] ?? m[2];
		if (code === undefined || isIsoCurrency(code)) return true;
	}
	return false;
}

const QUOTE_MARKS = /["“”„«»]/g;
/** "• Coffee bag label design – KSh 45,000 (one fee for all three blends:" over "Kenyan AA, Peaberry and House Blend)",
 * "- Banner for homepage "Zimowa kolekcja" over "2026" - 600 zł": a bracket or quotation left open on a line and closed
 * on the next is one phrase the sender broke by hand, whatever the lines' width. */
function closesOpenMark(prev: string, line: string): boolean {
	// A row is short; a long run of joined lines is not counted again at every line (that would be quadratic).
	if (prev.length > 400) return false;
	const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
	if (count(prev, /\(/g) > count(prev, /\)/g) && count(line, /\)/g) > count(line, /\(/g)) return true;
	return count(prev, QUOTE_MARKS) % 2 === 1 && count(line, QUOTE_MARKS) % 2 === 1;
}

/** A sender who wraps by hand (or a client that counts a trailing space or a wide sign such as "₹" differently) breaks
 * a line a column or two before the widest one: "… The agreed fee was 2 lakh" over "rupees (₹2,00,000) …" is one
 * sentence though "rupees" would just have fitted. */
const WRAP_SLACK = 2;

/** Joins hard-wrapped lines: a line is continued when the next line's first word would have fitted on it, or when it
 * closes a bracket or quotation the line before left open. */
export function unwrap(text: string): string {
	const lines = text.split("\n");
	const width = wrapWidth(lines);
	const out: string[] = [];
	// The length of the last physical line (a joined line is measured by what the client wrapped, not the join).
	let lastLength = 0;
	let lastLine = "";
	for (const line of lines) {
		const prev = out.length > 0 ? out[out.length - 1]! : null;
		const first = line.trim().split(/\s+/)[0] ?? "";
		const continued =
			prev !== null &&
			prev.trim() !== "" &&
			line.trim() !== "" &&
			!startsItem(line) &&
			!/^\s*>/.test(prev) &&
			!/ \| /.test(prev) &&
			(closesOpenMark(prev, line) ||
			(width !== null &&
			// A new sentence or a "Label:" line after a finished one was typed on its own line.
			!(/[.?!:)]$/.test(prev.trim()) && /^\p{Lu}/u.test(line.trim())) &&
			// A line that ends on an amount ("Design consultation - £240") is a row of a list, not a wrapped sentence.
			// The amount's sign may be a letter or two ("R 18 500,00", "Rp 2.100.000", "Fr. 180.–", "kr 1 200"), and a
			// price per unit may end the row ("à CHF 350.– pièce", "R$ 1.200,00 cada", "$40 each"). The next row may open
			// on its count ("1 bannière Facebook : 15 000 FCFA").
			!(ROW_ENDS_ON_PRICE.test(prev.trim()) && /^(?:\p{Lu}|\d)/u.test(line.trim())) &&
			// Two capitalised lines that each write an amount ("Servizio … – 2 giornate a € 650,00 ognuna" over
			// "Post-produzione – 40 foto a € 12,00 ognuna") are two priced rows, whatever word ends the first.
			!(/^\p{Lu}/u.test(line.trim()) && /^[ \t]*\p{Lu}/u.test(lastLine) && holdsAmount(lastLine) && holdsAmount(line)) &&
			!/^\p{Lu}[^:\n]{0,30}:\s/u.test(line.trim()) &&
			// "sam's numbers came thru:" over "logo refresh A$1,200": a colon that opens a list, whose row ends on its amount.
			!(/:$/.test(prev.trim()) && ROW_ENDS_ON_AMOUNT.test(line.trim())) &&
			lastLength >= width * 0.75 &&
			lastLength + 1 + first.length > width - WRAP_SLACK));
		if (continued) out[out.length - 1] = `${prev.replace(/\s+$/, "")} ${line.trim()}`;
		else out.push(line);
		lastLength = line.length;
		lastLine = line;
	}
	return out.join("\n");
}

/** "a) Brochure design – SAR 5,500" over "b) Print coordination – 6 hours at SAR 150": a list lettered a), b), c) (or
 * "(a)", "a.") is a list like one with bullets, its letters no part of the rows' names. Only a run that starts at "a"
 * and goes on with "b" is read so ("a) the logo" alone may be a sentence's words). */
const LETTER_MARK = /^([ \t]*)(\(?)([a-h])([.)])[ \t]+(?=\S)/gmu;
function letteredAsBullets(text: string): string {
	const marks = [...text.matchAll(LETTER_MARK)];
	const lettered = marks.some((m, i) => m[3] === "a" && marks[i + 1]?.[3] === "b" && m[4] === marks[i + 1]![4] && m[2] === marks[i + 1]![2]);
	if (!lettered) return text;
	return text.replace(LETTER_MARK, (_all, indent: string, open: string, letter: string, close: string) => (open === "(" && close !== ")" ? _all : `${indent}- `));
}

/** The text the extractor reads: QP remnants decoded and hard wraps joined. */
export function normalizeText(text: string): string {
	let t = text.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
	if (undecodedQuotedPrintable(t)) {
		// Characters beyond one byte cannot be QP escapes; they stand for themselves as "?" bytes here.
		const bin = [...t].map((c) => (c.charCodeAt(0) > 0xff ? "?" : c)).join("");
		t = decodeCharset(decodeQuotedPrintable(bin), "utf-8");
	}
	// Runs of spaces stay: they are the columns of a plain-text table.
	return unwrap(closeCurrencyGaps(letteredAsBullets(t)));
}

/** A plain-text table pads its amount column after the currency ("CHF   480.–", "THB  9,500.00"): the code or sign and
 * its number are one amount, so the padding between them closes to one space (the columns before it stay). */
const PADDED_CURRENCY = /(?<![\p{L}\p{N}])([A-Z]{3}|[$€£¥₹]|R\$|Fr\.|Rp|Rs\.?|kr\.?)[ \t]{2,}(?=\d)/gu;

export function closeCurrencyGaps(text: string): string {
	return text.replace(PADDED_CURRENCY, (all, token: string, at: number) => {
		if (/^[A-Z]{3}$/.test(token) && !isIsoCurrency(token)) return all;
		// A dollar sign written after its number ("1 450,00 $    1 450,00 $", as in Québec) ends that amount: closing
		// the padding after it would lend it to the next column's number as a leading "$" (read as another dollar).
		if (token === "$" && /\d[ \t]?$/.test(text.slice(Math.max(0, at - 2), at))) return all;
		return `${token} `;
	});
}

