// A table whose currency is written once, in its header row ("Description | Qty | Unit price (AED) | Amount (AED)",
// "Leistung | Preis in €", "Concepto | Importe [EUR]"), and whose cells hold bare numbers ("4,500.00"): every number in
// that column is in that currency as surely as if it were written beside it, so the mark is carried into the cells and
// the mail is read as if it stood there (the sentences the draft quotes keep the email's own words, carried-currency.ts).
// Only where that is plain: the header names one currency, and no cell of its columns writes another; a header that
// conflicts with its own cells ("Price (EUR)" over "$500") is asked about, never resolved either way.
// The table may be written with pipes (and HTML tables become such rows), copied as tab-separated text ("Concepto\t
// Cantidad\tPrecio unitario (S/)"), or aligned with spaces under a header ("Item   Qty   Unit (HK$)   Amount (HK$)").
import { DOLLAR_SIGN, readCurrency } from "./currency";
import { findMoney, NUMBER, type MoneyMention } from "./money-text";
import { withMarks, type Carried } from "./carried-currency";

export interface HeaderForm {
	id: string;
	says: string;
	/** A header cell, and the currency mark it names (null: the cell names none). */
	examples: [cell: string, mark: string | null][];
	re: RegExp;
}

/** The words of a column's name: "Unit price", "Amount", "Preis netto", "Importe total". */
const LABEL = String.raw`\p{L}[\p{L} .'’/-]{0,40}?`;
/** A currency as a header writes it: a code, a sign, a short spelling ("AED", "€", "US$", "zł", "Kč"). */
const MARK = String.raw`[^\s()\[\]\d|,;:]{1,4}`;

export const HEADER_FORMS: HeaderForm[] = [
	{
		id: "bracketed",
		says: "the column's name with its currency in brackets",
		examples: [["Amount (AED)", "AED"], ["Unit price (in EUR)", "EUR"], ["Preis [€]", "€"], ["Importe (S/)", "S/"], ["Qty (pcs)", null], ["Size (M)", null]],
		re: new RegExp(String.raw`^${LABEL}[ \t]*[(\[][ \t]*(?:in[ \t]+|en[ \t]+|em[ \t]+)?(?<mark>${MARK})[ \t]*[)\]]$`, "u"),
	},
	{
		id: "in-currency",
		says: "the column's name, then in (en, em) and its currency",
		examples: [["Preis in €", "€"], ["Importe en EUR", "EUR"], ["Amount in GBP", "GBP"], ["Valor em R$", "R$"], ["Work in progress", null]],
		re: new RegExp(String.raw`^${LABEL}[ \t]+(?:in|en|em)[ \t]+(?<mark>${MARK})$`, "u"),
	},
	{
		id: "after-comma",
		says: "the column's name, a comma or slash, and its currency",
		examples: [["Amount, USD", "USD"], ["Cena / Kč", "Kč"], ["Cena, zł", "zł"]],
		re: new RegExp(String.raw`^${LABEL}[ \t]*[,/][ \t]*(?<mark>${MARK})$`, "u"),
	},
	{
		id: "code-alone",
		says: "a column named by its currency alone: a code in capitals or a sign (a letter alone is no currency here)",
		examples: [["EUR", "EUR"], ["€", "€"], ["R", null], ["Qty", null]],
		re: /^(?<mark>[A-Z]{3}|[^\s\p{L}\p{N}|]{1,2})$/u,
	},
];

/** Words of a column's name that say it holds money ("Unit price", "Importe", "Betrag"): under a heading that names the
 * table's currency ("Fees (SAR)", "All amounts in EUR") their bare numbers are in it; any other column (a quantity,
 * hours) is not. */
export const PRICE_COLUMN_WORDS = [
	"price", "prices", "rate", "rates", "amount", "total", "subtotal", "cost", "costs", "fee", "fees", "value", "sum",
	"preis", "einzelpreis", "gesamtpreis", "betrag", "gesamt", "summe", "honorar", "satz",
	"precio", "importe", "monto", "valor", "tarifa", "honorarios", "subtotal",
	"prix", "montant", "tarif", "honoraires",
	"preço", "valor", "montante",
	"prezzo", "importo", "totale", "tariffa",
	"bedrag", "prijs", "tarief", "totaal",
];
const PRICE_COLUMN = new RegExp(String.raw`(?<![\p{L}])(?:${PRICE_COLUMN_WORDS.join("|")})(?![\p{L}])`, "iu");

/** The currency a heading right above a table names ("Fees (SAR):", "All amounts in EUR", "Honorarios en USD"): a
 * short line of words alone, within two lines over the table's header row. */
function headingMark(lines: string[], i: number): string | null {
	for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
		const t = lines[k]!.trim().replace(/[:.]$/, "").trim();
		if (t === "") continue;
		if (t.length > 60 || /\d|[|\t]/.test(t)) return null;
		return headerMark(t);
	}
	return null;
}

/** The currency mark a header cell names, or null. */
export function headerMark(cell: string): string | null {
	const c = cell.trim();
	for (const f of HEADER_FORMS) {
		const mark = f.re.exec(c)?.groups?.["mark"];
		if (mark && readCurrency(mark)) return mark;
	}
	return null;
}

/** A bare number, or one taken off with a minus ("Less deposit paid … -1,500.00"): both are in the column's currency. */
const BARE = new RegExp(String.raw`^[-−–]?(?:${NUMBER})$`, "u");

interface Cell {
	text: string;
	/** Where the cell's trimmed text starts and ends in the mail text. */
	start: number;
	end: number;
}

/** A row's cells split at "|", without the empty cells a row opening or closing with "|" leaves. */
function cellsOf(line: string, at: number): Cell[] | null {
	if (!line.includes("|")) return null;
	const out: Cell[] = [];
	let from = 0;
	for (const part of line.split("|")) {
		const lead = part.length - part.trimStart().length;
		out.push({ text: part.trim(), start: at + from + lead, end: at + from + lead + part.trim().length });
		from += part.length + 1;
	}
	if (out[0]?.text === "") out.shift();
	if (out[out.length - 1]?.text === "") out.pop();
	return out.length >= 2 ? out : null;
}

/** How a table sets its cells apart: pipes, tabs, or runs of spaces under aligned columns. */
type Split = "pipe" | "tab" | "space";

/** A row's cells split at tabs, an empty cell kept where a row leaves a column blank ("Total\t\t\t3,950.00"). */
function tabCellsOf(line: string, at: number): Cell[] | null {
	if (!line.includes("\t")) return null;
	const out: Cell[] = [];
	let from = 0;
	for (const part of line.split("\t")) {
		const lead = part.length - part.trimStart().length;
		out.push({ text: part.trim(), start: at + from + lead, end: at + from + lead + part.trim().length });
		from += part.length + 1;
	}
	while (out[out.length - 1]?.text === "") out.pop();
	return out.filter((c) => c.text !== "").length >= 2 ? out : null;
}

/** A row's cells set apart by two spaces or more, each where it stands on the line (its column is found by place). */
function spaceCellsOf(line: string, at: number): Cell[] | null {
	const out: Cell[] = [];
	for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], start: at + m.index, end: at + m.index + m[0].length });
	return out.length >= 2 ? out : null;
}

function rowCells(line: string, at: number, split: Split): Cell[] | null {
	return split === "pipe" ? cellsOf(line, at) : split === "tab" ? tabCellsOf(line, at) : spaceCellsOf(line, at);
}

/** The header column a cell of an aligned row stands under: the one it overlaps most, else the nearest. */
function columnByPlace(head: Cell[], lineStart: number, headStart: number, c: Cell): number {
	const a = c.start - lineStart;
	const b = c.end - lineStart;
	let best = 0;
	let bestScore = -Infinity;
	for (const [k, h] of head.entries()) {
		const ha = h.start - headStart;
		const hb = h.end - headStart;
		const overlap = Math.min(b, hb) - Math.max(a, ha);
		const score = overlap > 0 ? overlap : overlap - 1000;
		if (score > bestScore) {
			bestScore = score;
			best = k;
		}
	}
	return best;
}

/** The mark of a currency written before its number ("€", "US$", "S/") or after it ("AED", "zł", "Kč"). In a table
 * of tabs or spaces a mark before a number could be read after the cell before it ("1\tS/2,450.00" as "1 S/"), so
 * there a currency with one code is written as its code after the number. */
function written(mark: string, split: Split = "pipe"): { text: string; before: boolean } {
	const r = readCurrency(mark);
	if (split !== "pipe" && r && "code" in r) return { text: ` ${r.code}`, before: false };
	return /^\p{L}+$/u.test(mark) ? { text: ` ${mark}`, before: false } : { text: mark, before: true };
}

export type HeaderCurrency = { carried: Carried } | { clash: string } | null;

/** Whether an amount written in a cell may be in the header's currency ("kr" under "SEK" may; "$" under "EUR" not). */
function agrees(header: string, mm: MoneyMention): boolean {
	const h = readCurrency(header);
	const hs = h && "code" in h ? [h.code] : (h?.ambiguous ?? []);
	const own = mm.currency ? [mm.currency] : (mm.ambiguous?.candidates ?? []);
	return own.length === 0 || own.some((c) => hs.includes(c));
}

/** "Price (AUD)" over "$680.00": a plain "$" in a cell under a header that names a currency written "$" at home is that
 * currency's own dollar sign, so the header's code goes after the cell's amount; null when the header names no such
 * currency (a "$" under "EUR" is another currency, asked about). */
function dollarUnder(header: string, mm: MoneyMention): string | null {
	const h = readCurrency(header);
	return mm.bareDollar && h && "code" in h && DOLLAR_SIGN.includes(h.code) ? h.code : null;
}

/** Where the header's mark goes in the rows under it (until a line that is no row), or a question when a cell writes
 * another currency. */
function underHeader(lines: string[], starts: number[], i: number, head: Cell[], marks: (string | null)[], mark: string, split: Split): { at: { pos: number; mark: string }[]; clash: string | null; next: number } {
	const at: { pos: number; mark: string }[] = [];
	let j = i + 1;
	for (; j < lines.length; j++) {
		// An aligned table ends at a blank line; a rule under its header ("-----   ---") is no row.
		if (lines[j]!.trim() === "") {
			if (split === "space") break;
			continue;
		}
		if (split === "space" && /^[ \t]*[-=_–—][-=_–— \t]*$/.test(lines[j]!)) continue;
		const row = rowCells(lines[j]!, starts[j]!, split);
		if (!row) break;
		if (row.length > head.length) continue;
		// A row with fewer cells spans its first columns (a "Total" over the description and quantity): its cells
		// stand under the header's last ones. A tab row keeps its blank cells; an aligned row's cells stand where
		// its columns are.
		const shift = head.length - row.length;
		for (const [k, c] of row.entries()) {
			const col = split === "pipe" ? k + shift : split === "tab" ? k : columnByPlace(head, starts[j]!, starts[i]!, c);
			if (!marks[col]) continue;
			if (BARE.test(c.text)) {
				const w = written(mark, split);
				at.push({ pos: w.before ? c.start : c.end, mark: w.text });
				continue;
			}
			const found = findMoney(c.text);
			const other = found.find((mm) => !agrees(mark, mm) && !dollarUnder(mark, mm));
			if (!other)
				for (const mm of found) {
					const code = dollarUnder(mark, mm);
					if (code && code !== "USD") at.push({ pos: c.start + mm.end, mark: ` ${code}` });
				}
			if (other) return { at, clash: `the currency: the table's header writes ${mark} but its cells write ${other.raw.trim()} — which one?`, next: j };
		}
	}
	return { at, clash: null, next: j };
}

/** The text with a table header's currency carried into the bare numbers of its columns; a question when the header's
 * currencies disagree with each other or with a currency written in their cells; null when no header names one. */
export function headerCurrency(text: string): HeaderCurrency {
	const lines = text.split("\n");
	const starts: number[] = [];
	let pos = 0;
	for (const l of lines) {
		starts.push(pos);
		pos += l.length + 1;
	}
	const at: { pos: number; mark: string }[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const split: Split = line.includes("|") ? "pipe" : line.includes("\t") ? "tab" : "space";
		const head = split === "space" && !/\S {2,}\S/.test(line) ? null : rowCells(line, starts[i]!, split)?.filter((c) => split !== "tab" || c.text !== "") ?? null;
		// A header row holds names only: no cell of it is a number or an amount.
		if (!head || head.some((c) => /\d/.test(c.text) && !headerMark(c.text))) continue;
		// A tab header keeps its cells' places (a blank first cell over the row names stays a column).
		const cells = split === "tab" ? tabCellsOf(line, starts[i]!)! : head;
		const own = cells.map((c) => headerMark(c.text));
		// A header that names no currency under a heading that does: the heading's currency is the money columns'.
		const heading = own.every((m) => m === null) ? headingMark(lines, i) : null;
		const marks = heading ? cells.map((c) => (PRICE_COLUMN.test(c.text) ? heading : null)) : own;
		const named = [...new Set(marks.filter((m): m is string => m !== null))];
		if (named.length === 0) continue;
		if (new Set(named.map((m) => JSON.stringify(readCurrency(m)))).size > 1) return { clash: `the currency: the table's header writes ${named.join(" and ")} — which one?` };
		const rows = underHeader(lines, starts, i, cells, marks, named[0]!, split);
		if (rows.clash) return { clash: rows.clash };
		at.push(...rows.at);
		i = rows.next - 1;
	}
	if (at.length === 0) return null;
	return { carried: withMarks(text, at.sort((x, y) => x.pos - y.pos).map((a) => ({ pos: a.pos, written: a.mark }))) };
}
