// Runs the guard rules over a request's outgoing fields and sums them up: pure, fast, no I/O.
import { BIDI_CONTROLS, codePointLabel, normalizeForScan, normalizeValue, originalRange, revealControls, ZERO_WIDTH } from "./normalize";
import type { OutgoingField } from "./outgoing";
import { GUARD_RULES } from "./rules";
import type { GuardContext, GuardHit, GuardReport, GuardRule } from "./types";

function excerpt(rule: GuardRule, s: string): string {
	// Never repeat a secret, not even its first letters: its kind and where it is are enough to find it.
	if (rule.kind === "secret") return `hidden, ${[...s].length} characters`;
	const one = revealControls(s.replace(/\s+/g, " ").trim());
	return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

/** Secret values and Confidential words compared the way the text is: normalised. */
function prepared(context: GuardContext): GuardContext {
	return {
		confidential: context.confidential.map(normalizeValue),
		ownAddresses: context.ownAddresses,
		secretValues: (context.secretValues ?? []).map((s) => ({ label: s.label, value: normalizeValue(s.value) })),
	};
}

/** A URL can carry a key percent-encoded (`%41KIA…`); the decoded form is checked for secrets too. */
function decoded(text: string): string | null {
	if (!text.includes("%")) return null;
	try {
		const d = decodeURIComponent(text);
		return d === text ? null : d;
	} catch {
		return null;
	}
}

function controlHits(field: OutgoingField, i: number): GuardHit[] {
	const out: GuardHit[] = [];
	for (const [re, what] of [
		[BIDI_CONTROLS, "invisible direction controls that can reorder what you read"],
		[ZERO_WIDTH, "invisible zero-width characters"],
	] as const) {
		const found = [...field.text.matchAll(re)];
		if (found.length === 0) continue;
		const codes = [...new Set(found.map((m) => codePointLabel(m[0])))];
		const first = found[0]!.index;
		out.push({ rule: "control.invisible", kind: "control", reason: `it contains ${what} (${codes.join(", ")})`, excerpt: codes.map((c) => `⟨${c}⟩`).join(" "), text: i, field: field.label, start: first, end: first + 1 });
	}
	return out;
}

export function scanFields(fields: readonly OutgoingField[], context: GuardContext, rules: readonly GuardRule[] = GUARD_RULES): GuardReport {
	const ctx = prepared(context);
	const hits: GuardHit[] = [];
	const seen = new Set<string>();
	fields.forEach((field, i) => {
		const n = normalizeForScan(field.text);
		const taken: [number, number][] = [];
		const applies = rules.filter((r) => field.content || r.kind === "secret");
		for (const rule of applies) {
			for (const m of rule.find(n.text, ctx)) {
				// One reason per stretch of text: a card number is not also reported as a phone number.
				if (taken.some(([a, b]) => m.start < b && a < m.end)) continue;
				taken.push([m.start, m.end]);
				const matched = n.text.slice(m.start, m.end);
				const key = `${rule.id}\u0000${matched}`;
				if (field.composite && seen.has(key)) continue;
				seen.add(key);
				const at = originalRange(n, m.start, m.end);
				hits.push({ rule: rule.id, kind: rule.kind, reason: m.reason ?? `it contains ${rule.reason}`, excerpt: excerpt(rule, matched), text: i, field: field.label, start: at.start, end: at.end });
			}
		}
		const plain = decoded(n.text);
		if (plain !== null) {
			for (const rule of applies.filter((r) => r.kind === "secret")) {
				const m = rule.find(plain, ctx)[0];
				if (!m || hits.some((h) => h.text === i && h.rule === rule.id)) continue;
				hits.push({ rule: rule.id, kind: rule.kind, reason: `${m.reason ?? `it contains ${rule.reason}`} (percent-encoded)`, excerpt: excerpt(rule, plain.slice(m.start, m.end)), text: i, field: field.label, start: 0, end: field.text.length });
			}
		}
		hits.push(...controlHits(field, i));
	});
	hits.sort((a, b) => (a.kind === "secret" ? 0 : 1) - (b.kind === "secret" ? 0 : 1));
	const blocked = hits.some((h) => h.kind === "secret");
	const reasons = [...new Set(hits.map((h) => `${h.reason} in ${h.field}`))];
	return { hits, blocked, summary: reasons.length ? reasons.join("; ") : null };
}

/** Plain texts, each published as is (the benchmark, the rule tests): every rule applies to each. */
export function scanTexts(texts: readonly string[], context: GuardContext, rules: readonly GuardRule[] = GUARD_RULES): GuardReport {
	return scanFields(
		texts.map((text, i) => ({ label: texts.length > 1 ? `text ${i + 1}` : "the text", text, content: true })),
		context,
		rules,
	);
}
