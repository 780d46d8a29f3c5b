// The owner's Confidential list: the bullet lines under "## Confidential" in Company_Handbook.md.

/** Words and names listed under a heading named "Confidential" (any level), one per bullet line. */
export function confidentialTerms(handbook: string | null): string[] {
	if (!handbook) return [];
	const out: string[] = [];
	let inside = false;
	for (const raw of handbook.split(/\r?\n/)) {
		const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
		if (heading) {
			inside = /^confidential\b/i.test((heading[2] ?? "").trim());
			continue;
		}
		if (!inside) continue;
		const item = /^\s*[-*+]\s+(.*)$/.exec(raw);
		if (!item) continue;
		const term = (item[1] ?? "").replace(/^["'`]|["'`]$/g, "").trim();
		if (term !== "") out.push(term);
	}
	return out;
}
