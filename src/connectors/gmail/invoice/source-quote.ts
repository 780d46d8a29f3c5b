// The sentence an invoice line was read from, as the approval card quotes it: on one line, and when long, shortened
// around the line's amount (the part the owner checks), cut at word boundaries with an ellipsis where text was left out.
const MAX = 160;

function digitsOf(price: string): string {
	return price.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "").replace(/\D/g, "");
}

/** Where the price is written in the sentence (its digits, whatever the separators), or -1. */
function priceAt(sentence: string, price: string): number {
	const want = digitsOf(price);
	if (want === "") return -1;
	for (const m of sentence.matchAll(/\d[\d.,' \u00a0\u202f]*/g)) if (m[0].replace(/\D/g, "").startsWith(want)) return m.index;
	return -1;
}

export function quoteSource(sentence: string, price: string, max = MAX): string {
	// A list marker is layout, not words of the sentence.
	const t = sentence.replace(/\s+/g, " ").trim().replace(/^(?:[-*•·▪–—]|\d{1,2}[.)])\s+/, "");
	if (t.length <= max) return t;
	const at = Math.max(0, priceAt(t, price));
	let start = Math.max(0, Math.min(at - Math.floor(max / 2), t.length - max));
	let end = Math.min(t.length, start + max);
	// Cut at spaces, so no word is shown in part.
	if (start > 0) start = t.indexOf(" ", start) + 1 || start;
	if (end < t.length) end = t.lastIndexOf(" ", end) > start ? t.lastIndexOf(" ", end) : end;
	return `${start > 0 ? "…" : ""}${t.slice(start, end).trim()}${end < t.length ? "…" : ""}`;
}
