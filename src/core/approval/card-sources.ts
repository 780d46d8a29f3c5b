// The sentence of the email each invoice line was read from, as the card shows it beside the line. The note's
// `line_sources` is plain frontmatter anyone with the vault can edit, so a sentence is shown only when it holds the
// line's unit price as written; one that does not is named as a warning instead of quoted.

export interface LineSource {
	/** The card line it belongs to ("Line 2"). */
	label: string;
	sentence: string;
}

/** "1200.50" → "120050", "1200.00" → "1200": the digits a price shows however it is written ("1,200", "1.200,00 €"). */
function digitsOf(n: unknown): string {
	const s = typeof n === "number" ? String(n) : typeof n === "string" ? n : "";
	return s.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "").replace(/\D/g, "");
}

/** Whether the sentence writes the line's unit price (a quantity may be a word: "three", "zwei", "deux"), or, for a line
 * written as its total ("2 x Workshop = €900"), both the quantity and quantity × unit price. */
function holds(sentence: string, line: { unit_price?: unknown; quantity?: unknown }): boolean {
	const price = digitsOf(line.unit_price);
	const written = sentence.replace(/\D/g, "");
	if (price !== "" && written.includes(price)) return true;
	const q = Number(line.quantity);
	const each = Number(line.unit_price);
	if (!Number.isInteger(q) || q < 2 || !Number.isFinite(each)) return false;
	const total = digitsOf((Math.round(q * each * 1000) / 1000).toString());
	return total !== "" && written.includes(total) && written.includes(String(q));
}

/** The sources to show, and a warning for each that does not hold its line's numbers. */
export function lineSources(action: string, params: unknown, data: Record<string, unknown>): { sources: LineSource[]; warnings: string[] } {
	const raw = data["line_sources"];
	const lines = (params as { lines?: unknown } | null)?.lines;
	if (action !== "odoo.create_invoice" || !Array.isArray(raw) || !Array.isArray(lines)) return { sources: [], warnings: [] };
	const sources: LineSource[] = [];
	const warnings: string[] = [];
	lines.forEach((line: unknown, i) => {
		const sentence: unknown = raw[i];
		if (typeof sentence !== "string" || sentence.trim() === "") return;
		const shown = sentence.replace(/\s+/g, " ").trim().slice(0, 300);
		if (holds(shown, typeof line === "object" && line !== null ? line : {})) sources.push({ label: `Line ${i + 1}`, sentence: shown });
		else warnings.push(`The note's source sentence for line ${i + 1} does not show that line's price: check the line against the email itself.`);
	});
	return { sources, warnings };
}
