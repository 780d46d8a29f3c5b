// Pulls an invoice's facts out of a request email: customer, currency, lines, total, due date or terms, reference.
// Every fact must be written in the email; anything missing, vague or contradictory is reported instead of guessed.
import { MONEY, findMoney, moneyFromGroups, type MoneyMention } from "./money-text";

export interface ExtractedLine {
	description: string;
	quantity: string;
	unitPrice: string;
	currency: string | null;
	/** Span of the text the line was read from, so its amounts are not counted twice. */
	span: [number, number];
}

export interface Extraction {
	customer: { name: string; email: string; company?: string };
	currency: string | null;
	lines: ExtractedLine[];
	total: { amount: string; currency: string | null } | null;
	dueDate: string | null;
	paymentTerms: string | null;
	reference: string | null;
	/** What is missing or contradictory, in the owner's words; empty when the draft can be made. */
	problems: string[];
}

const UNITS = String.raw`hours?|hrs?|h|days?|half-days?|weeks?|months?|units?|pieces?|pcs|licen[cs]es?|seats?|sessions?|copies|workshops?|nights?|items?|Stunden|Tage|Stück|heures|jours|horas|días|unidades`;
const QTY = String.raw`(\d+(?:[.,]\d+)?)`;
const EACH = String.raw`(?:\s*(?:each|apiece|per [a-zA-Zä]+|\/\s?[a-zA-Z]+|pro [A-Za-zä]+|chacun(?:e)?|cada (?:uno|una)|la (?:pièce|journée|heure)|l'unité|por (?:hora|día|unidad)))?`;
const AT = String.raw`(?:at|@|à|a|zu|je|por|for)`;

interface LinePattern {
	re: RegExp;
	read(m: RegExpExecArray): { qty: string; desc: string; money: { amount: string; currency: string | null } | null } | null;
}

/** Money groups sit at these positions in each pattern (MONEY has four groups). */
const LINE_PATTERNS: LinePattern[] = [
	// "3 x Logo variants at $120 each", "2 × Workshop @ €900"
	{
		re: new RegExp(String.raw`${QTY}\s*(?:x|×|\*)\s+([^\n@]+?)\s+${AT}\s+${MONEY}${EACH}`, "gi"),
		read: (m) => ({ qty: m[1]!, desc: m[2]!, money: moneyFromGroups([...m], 3) }),
	},
	// "12 hours of support at $95/hour", "2 Tage Beratung zu 900 €"
	{
		re: new RegExp(String.raw`${QTY}\s+(${UNITS})\s+(?:of\s+|de\s+|für\s+)?([^\n@]+?)\s+${AT}\s+${MONEY}${EACH}`, "gi"),
		read: (m) => ({ qty: m[1]!, desc: `${m[3]!} (${m[2]!})`, money: moneyFromGroups([...m], 4) }),
	},
	// "Support: 12 h × $95"
	{
		re: new RegExp(String.raw`^[ \t]*(?:[-*•]|\d+[.)])?\s*([^\n:|]+?)\s*[:–—-]\s*${QTY}\s*(?:${UNITS})?\s*(?:x|×|\*|${AT})\s*${MONEY}${EACH}[ \t]*$`, "gim"),
		read: (m) => ({ qty: m[2]!, desc: m[1]!, money: moneyFromGroups([...m], 3) }),
	},
	// "| Hosting (annual) | 1 | $240.00 |" (HTML tables become " | " rows)
	{
		re: new RegExp(String.raw`^[ \t]*\|?\s*([^|\n]*[A-Za-zÀ-ÿ][^|\n]*?)\s*\|\s*${QTY}\s*\|\s*${MONEY}\s*(?:\|[^\n]*)?$`, "gim"),
		read: (m) => ({ qty: m[2]!, desc: m[1]!, money: moneyFromGroups([...m], 3) }),
	},
	// "- Website redesign: $2,500" (a bullet with one price: quantity 1)
	{
		re: new RegExp(String.raw`^[ \t]*(?:[-*•]|\d+[.)])\s*([^\n:|]+?)\s*[:–—-]\s*${MONEY}[ \t]*\.?[ \t]*$`, "gim"),
		read: (m) => ({ qty: "1", desc: m[1]!, money: moneyFromGroups([...m], 2) }),
	},
	// "invoice us for the logo design, $650" / "an invoice for the photo shoot of €400" / "bill us $300 for the audit"
	{
		re: new RegExp(String.raw`\b(?:invoice|bill)\b[^.\n]{0,20}?\bfor\s+(?:the\s+|our\s+)?([^.\n$€£¥\d]{3,80}?)[,:]?\s+(?:of|at|for|totaling|totalling|amounting to|which (?:is|comes to)|-|—|–)?\s*${MONEY}(?![^.\n]{0,12}\b(?:per|each|an hour|a day|\/))`, "gi"),
		read: (m) => ({ qty: "1", desc: m[1]!, money: moneyFromGroups([...m], 2) }),
	},
	{
		re: new RegExp(String.raw`\b(?:invoice|bill)\b[^.\n]{0,20}?\b(?:of|for)\s+${MONEY}\s+for\s+(?:the\s+|our\s+)?([^.\n,]{3,80})`, "gi"),
		read: (m) => ({ qty: "1", desc: m[5]!, money: moneyFromGroups([...m], 1) }),
	},
];

const TOTAL = new RegExp(String.raw`\b(?:total|grand total|sum|in total|insgesamt|gesamt(?:betrag)?|montant total|total général|importe total)\b[^\d\n$€£¥]{0,24}${MONEY}`, "i");

const VAGUE = /\b(the usual|same as (last|before|usual)|as (agreed|discussed|usual|before)|like last (time|month)|wie (besprochen|üblich)|comme (convenu|d'habitude)|como (acordado|siempre))\b/i;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthIndex(word: string): number {
	const w = word.toLowerCase().replace(/\.$/, "");
	return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
}

function iso(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m, d));
	if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

/** A written date (ISO, "December 15, 2026", "15 December", "Dec 15") → YYYY-MM-DD; a missing year is the next such day. */
export function readDate(text: string, today: string): string | null {
	const isoM = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
	if (isoM) return iso(Number(isoM[1]), Number(isoM[2]) - 1, Number(isoM[3]));
	const a = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/.exec(text);
	const b = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b/.exec(text);
	for (const [mon, day, year] of [a ? [a[1]!, a[2]!, a[3]] : null, b ? [b[2]!, b[1]!, b[3]] : null].filter((x): x is [string, string, string | undefined] => x !== null)) {
		const mi = monthIndex(mon);
		if (mi < 0) continue;
		const thisYear = Number(today.slice(0, 4));
		let y = year ? Number(year) : thisYear;
		let out = iso(y, mi, Number(day));
		if (out && !year && out < today) {
			y += 1;
			out = iso(y, mi, Number(day));
		}
		return out;
	}
	return null;
}

function cleanDescription(s: string): string {
	const t = s
		.replace(/^[\s\-*•|]+|[\s|:,.;–—-]+$/g, "")
		.replace(/^(the|our|a|an)\s+/i, "")
		.replace(/\s+/g, " ")
		.trim();
	return t.charAt(0).toUpperCase() + t.slice(1);
}

function decimalQty(q: string): string {
	return q.replace(",", ".");
}

function overlaps(a: [number, number], b: [number, number]): boolean {
	return a[0] < b[1] && b[0] < a[1];
}

export function readLines(text: string): ExtractedLine[] {
	const lines: ExtractedLine[] = [];
	for (const p of LINE_PATTERNS) {
		p.re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = p.re.exec(text)) !== null) {
			const span: [number, number] = [m.index, m.index + m[0].length];
			if (lines.some((l) => overlaps(l.span, span))) continue;
			const r = p.read(m);
			if (!r?.money) continue;
			const description = cleanDescription(r.desc);
			if (description.length < 2 || /^(invoice|total|sum|subtotal|tax|vat)$/i.test(description)) continue;
			lines.push({ description: description.slice(0, 200), quantity: decimalQty(r.qty), unitPrice: r.money.amount, currency: r.money.currency, span });
		}
	}
	return lines.sort((x, y) => x.span[0] - y.span[0]);
}

/** Payment terms as Odoo names them ("30 Days"), or a due date. */
function readDue(text: string, today: string): { dueDate: string | null; terms: string | null } {
	const net = /\b(?:net\s*(\d{1,3})|(?:within|in)\s+(\d{1,3})\s+days|payment terms?:?\s*(?:net\s*)?(\d{1,3})\s*days?|(\d{1,3})[- ]days? (?:payment )?terms|zahlbar (?:innerhalb von|in) (\d{1,3}) Tagen|à (\d{1,3}) jours|a (\d{1,3}) días)\b/i.exec(text);
	const due = /\b(?:due|payable|payment)\s+(?:by|on|before|date:?)\s+([^\n.;]{3,40})/i.exec(text);
	const dueDate = due ? readDate(due[1]!, today) : null;
	if (dueDate) return { dueDate, terms: null };
	if (/\b(due on receipt|payable (up)?on receipt|immediate payment)\b/i.test(text)) return { dueDate: null, terms: "Immediate Payment" };
	if (net) {
		const days = net.slice(1).find((g) => g !== undefined);
		return { dueDate: null, terms: `${Number(days)} Days` };
	}
	return { dueDate: null, terms: null };
}

function readReference(text: string): string | null {
	const patterns = [
		/\b(?:PO|P\.O\.|purchase order)\s*(?:number|no\.?|#|nr\.?)?\s*(?:is\s+)?[:#]?\s*([A-Z0-9][A-Z0-9\-/]{2,30})\b/gi,
		/\b(?:our ref(?:erence)?|reference|ref\.?|Bestellnummer|référence|referencia)\s*(?:number|no\.?)?\s*[:#]\s*([A-Z0-9][A-Z0-9\-/]{2,30})\b/gi,
	];
	for (const re of patterns) {
		for (const m of text.matchAll(re)) if (/\d/.test(m[1]!)) return m[1]!;
	}
	return null;
}

const COMPANY = /(?<![\p{L}\p{N}])((?:(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&)[ \t]+){0,4}(?:\p{Lu}[\p{L}\p{N}&'’.-]*)[ \t]+(?:Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|GmbH|AG|SAS|SARL|S\.A\.|S\.L\.|BV|B\.V\.|Co\.|Corp\.?|Pty Ltd|LLP|PLC|Studio|Studios|Agency|Partners))(?=[\s,.;)]|$)/mu;

/** The customer: a "Bill to" block if there is one, else the sender; the company from a signature or the block. */
function readCustomer(text: string, from: { name: string; email: string }): Extraction["customer"] {
	const billTo = /\b(?:bill(?:ed)? to|invoice to|billing (?:name|address)|rechnungsempfänger|facturer à|facturar a)\s*:?\s*\n?\s*([^\n]+)(?:\n\s*([^\n]+))?/i.exec(text);
	let company: string | undefined;
	let name = from.name;
	if (billTo) {
		const first = billTo[1]!.trim();
		const second = billTo[2]?.trim() ?? "";
		const c1 = COMPANY.exec(first);
		if (c1) company = c1[1]!.trim();
		else if (second && COMPANY.test(second)) company = COMPANY.exec(second)![1]!.trim();
		else if (first && !/@/.test(first)) company = first.replace(/[,;]\s*$/, "");
	}
	if (!company) {
		const sig = COMPANY.exec(text.split("\n").slice(-12).join("\n")) ?? COMPANY.exec(text);
		if (sig) company = sig[1]!.trim().replace(/^(at|from|of|for)\s+/i, "");
	}
	if (!name) name = company ?? from.email;
	return company && company !== name ? { name, email: from.email, company } : { name, email: from.email };
}

function sumMinor(lines: ExtractedLine[], decimals: number): number {
	return lines.reduce((s, l) => s + Math.round(Number(l.quantity) * Math.round(Number(l.unitPrice) * 10 ** decimals)), 0);
}

export function extractInvoice(text: string, from: { name: string; email: string }, today: string, defaultDecimals: (c: string) => number): Extraction {
	const problems: string[] = [];
	const lines = readLines(text);
	const mentions: MoneyMention[] = findMoney(text);
	const totalM = TOTAL.exec(text);
	const total = totalM ? moneyFromGroups([...totalM], 1) : null;
	const totalSpan: [number, number] | null = totalM ? [totalM.index, totalM.index + totalM[0].length] : null;

	const currencies = new Set<string>();
	for (const l of lines) if (l.currency) currencies.add(l.currency);
	if (total?.currency) currencies.add(total.currency);
	for (const mm of mentions) if (mm.currency) currencies.add(mm.currency);
	let currency: string | null = null;
	if (currencies.size > 1) problems.push(`the email names more than one currency (${[...currencies].join(", ")})`);
	else if (currencies.size === 1) currency = [...currencies][0]!;

	if (lines.length === 0) {
		if (mentions.length === 0) problems.push(VAGUE.test(text) ? `no amount is written ("${VAGUE.exec(text)![0]}" is not an amount)` : "no amount is given");
		else problems.push("the amount is not tied to a clear description and quantity");
	} else if (!currency) problems.push("the currency is not stated");

	// Amounts that are neither a line's price nor the total: a second, conflicting figure (a correction, an alternative).
	const unexplained = mentions.filter((mm) => !lines.some((l) => overlaps(l.span, [mm.start, mm.end])) && !(totalSpan && overlaps(totalSpan, [mm.start, mm.end])));
	if (lines.length > 0 && unexplained.length > 0) problems.push(`the email also mentions ${unexplained.map((u) => u.raw.trim()).join(", ")}, which does not match the lines`);

	if (total && lines.length > 0 && currency) {
		const d = defaultDecimals(currency);
		const sum = sumMinor(lines, d);
		const stated = Math.round(Number(total.amount) * 10 ** d);
		if (sum !== stated) problems.push(`the stated total ${total.amount} ${currency} does not match the lines (${(sum / 10 ** d).toFixed(d)} ${currency})`);
	}
	const due = readDue(text, today);
	if (due.dueDate && due.dueDate < today) problems.push(`the due date ${due.dueDate} is already past`);
	return {
		customer: readCustomer(text, from),
		currency,
		lines,
		total,
		dueDate: due.dueDate,
		paymentTerms: due.terms,
		reference: readReference(text),
		problems,
	};
}
