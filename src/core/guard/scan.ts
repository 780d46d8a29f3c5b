// Runs the guard rules over a request's outgoing texts and sums them up: pure, fast, no I/O.
import { GUARD_RULES } from "./rules";
import type { GuardContext, GuardHit, GuardReport, GuardRule } from "./types";

function excerpt(rule: GuardRule, s: string): string {
	const one = s.replace(/\s+/g, " ").trim();
	// Never repeat a secret on the card or in the log: its start is enough to find it.
	if (rule.kind === "secret") return `${one.slice(0, Math.min(6, Math.floor(one.length / 3)))}… (${one.length} characters, hidden)`;
	return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

export function scanTexts(texts: readonly string[], context: GuardContext, rules: readonly GuardRule[] = GUARD_RULES): GuardReport {
	const hits: GuardHit[] = [];
	texts.forEach((text, i) => {
		const taken: [number, number][] = [];
		for (const rule of rules) {
			for (const m of rule.find(text, context)) {
				// One reason per stretch of text: a card number is not also reported as a phone number.
				if (taken.some(([a, b]) => m.start < b && a < m.end)) continue;
				taken.push([m.start, m.end]);
				hits.push({ rule: rule.id, kind: rule.kind, reason: m.reason ?? `it contains ${rule.reason}`, excerpt: excerpt(rule, text.slice(m.start, m.end)), text: i, start: m.start, end: m.end });
			}
		}
	});
	const blocked = hits.some((h) => h.kind === "secret");
	const reasons = [...new Set(hits.map((h) => h.reason))];
	return { hits, blocked, summary: reasons.length ? reasons.join("; ") : null };
}
