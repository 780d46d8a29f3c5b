// The subscription audit: recurring charges from ledger rows or Odoo bills, flagged for a price rise, overlap or no use.
import { addDays, daysBetween } from "./calendar";
import type { BriefingData, LedgerRow, OdooEvidence } from "./types";

export interface KnownVendor {
	pattern: string;
	category: string | null;
	regex: RegExp;
}

/** "Adobe = design" → pattern Adobe, category design; matched as a whole word, case-insensitive. */
export function parseKnownVendors(lines: string[]): KnownVendor[] {
	return lines
		.map((l) => {
			const [p = "", c = ""] = l.split("=").map((s) => s.trim());
			const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
			return { pattern: p, category: c === "" ? null : c.toLowerCase(), regex: new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu") };
		})
		.filter((k) => k.pattern !== "");
}

export interface Charge {
	date: string;
	minor: number;
	/** Where it was seen: a ledger row ("Accounting/bank.csv line 4") or an Odoo query. */
	evidence: { kind: "ledger"; row: LedgerRow } | { kind: "odoo"; months: string[]; query: OdooEvidence };
}

export type SubscriptionFlag =
	| { kind: "price_rise"; previousMinor: number; latestMinor: number; percent: number }
	| { kind: "overlap"; category: string; others: string[] }
	| { kind: "unused"; since: string };

export interface Subscription {
	vendor: string;
	category: string | null;
	currency: string;
	/** Why it counts as a subscription. */
	detectedBy: string;
	charges: Charge[];
	latestMinor: number;
	latestDate: string;
	/** Charged within 45 days of the period's end: still running. */
	active: boolean;
	flags: SubscriptionFlag[];
	/** Words searched for in notes and logs to find use of the tool. */
	searchTerms: string[];
	/** The note that explains why it is kept: then it is not flagged. */
	explainedBy?: string;
}

function normalise(name: string): string {
	return name
		.toLowerCase()
		.replace(/\d+/g, " ")
		.replace(/[^\p{L}\s&+.]/gu, " ")
		.replace(/\s+/g, " ")
		.trim();
}

function monthsOf(charges: Charge[]): Set<string> {
	return new Set(charges.map((c) => c.date.slice(0, 7)));
}

/** Ledger money out grouped by known vendor, or by counterparty when it repeats in two or more months. */
function fromLedger(rows: LedgerRow[], known: KnownVendor[], currency: string): Omit<Subscription, "active" | "flags" | "latestMinor" | "latestDate">[] {
	const groups = new Map<string, { vendor: string; category: string | null; known: KnownVendor | null; charges: Charge[] }>();
	for (const row of rows) {
		if (row.amountMinor >= 0 || row.currency !== currency) continue;
		const hit = known.find((k) => k.regex.test(row.counterparty) || k.regex.test(row.description)) ?? null;
		const key = hit ? `known:${hit.pattern.toLowerCase()}` : `party:${normalise(row.counterparty)}`;
		const g = groups.get(key) ?? { vendor: hit ? hit.pattern : row.counterparty, category: hit?.category ?? null, known: hit, charges: [] };
		g.charges.push({ date: row.date, minor: -row.amountMinor, evidence: { kind: "ledger", row } });
		groups.set(key, g);
	}
	const out: Omit<Subscription, "active" | "flags" | "latestMinor" | "latestDate">[] = [];
	for (const g of groups.values()) {
		const months = monthsOf(g.charges).size;
		if (!g.known && months < 2) continue;
		out.push({
			vendor: g.vendor,
			category: g.category,
			currency,
			detectedBy: g.known ? `known vendor pattern "${g.known.pattern}"` : `charged in ${months} different months`,
			charges: g.charges,
			searchTerms: [g.known ? g.known.pattern : normalise(g.vendor)].map((s) => s.toLowerCase()).filter((s) => s.length >= 3),
		});
	}
	return out;
}

/** Odoo: recurring vendor bills (the connector's detection), plus known vendors billed this month. */
function fromOdoo(data: BriefingData, known: KnownVendor[]): Omit<Subscription, "active" | "flags" | "latestMinor" | "latestDate">[] {
	const odoo = data.odoo?.ok ? data.odoo.figures : null;
	if (!odoo) return [];
	const out: Omit<Subscription, "active" | "flags" | "latestMinor" | "latestDate">[] = [];
	const seen = new Set<string>();
	const thisMonth = new Map(odoo.expenses.monthToDate.map((e) => [e.vendor, e]));
	for (const r of odoo.recurringBills) {
		const hit = known.find((k) => k.regex.test(r.vendor)) ?? null;
		const charges: Charge[] = r.months.map((m) => ({ date: `${m}-01`, minor: r.typicalMinor, evidence: { kind: "odoo", months: r.months, query: r.evidence } }));
		// The connector reports a typical amount; this month's bill (if any) shows a change against it.
		const current = thisMonth.get(r.vendor);
		if (current && !r.months.includes(odoo.today.slice(0, 7))) charges.push({ date: odoo.today, minor: current.minor, evidence: { kind: "odoo", months: [odoo.today.slice(0, 7)], query: current.evidence } });
		seen.add(r.vendor);
		out.push({ vendor: r.vendor, category: hit?.category ?? null, currency: odoo.currency, detectedBy: `billed in ${r.months.length} months running (Odoo)`, charges, searchTerms: [hit ? hit.pattern : normalise(r.vendor)].map((s) => s.toLowerCase()) });
	}
	for (const e of odoo.expenses.monthToDate) {
		if (seen.has(e.vendor)) continue;
		const hit = known.find((k) => k.regex.test(e.vendor));
		if (!hit) continue;
		out.push({
			vendor: e.vendor,
			category: hit.category,
			currency: odoo.currency,
			detectedBy: `known vendor pattern "${hit.pattern}"`,
			charges: [{ date: odoo.today, minor: e.minor, evidence: { kind: "odoo", months: [odoo.today.slice(0, 7)], query: e.evidence } }],
			searchTerms: [hit.pattern.toLowerCase()],
		});
	}
	return out;
}

/** Words that make a line mentioning the tool an explanation of why it is kept ("we keep Adobe because…"). */
const EXPLAINS = /\b(keep|keeps|keeping|kept|need|needs|needed|because|required|worth)\b/;

/** The first note (recent, or the handbook and goals) with a line that names the tool and says why it is kept. */
function explainedIn(terms: string[], data: BriefingData): string | null {
	for (const n of [...(data.usage.standing ?? []), ...data.usage.notes]) {
		for (const line of n.text.split("\n")) if (EXPLAINS.test(line) && terms.some((t) => line.includes(t))) return n.path;
	}
	return null;
}

function mentioned(terms: string[], data: BriefingData): boolean {
	return terms.some((t) => data.usage.notes.some((n) => n.text.includes(t)) || data.usage.logs.some((l) => l.text.includes(t)));
}

/** Detects the subscriptions and flags them. Pure: everything comes in through `data`. */
export function auditSubscriptions(data: BriefingData): Subscription[] {
	const known = parseKnownVendors(data.knownVendors);
	const base = data.odoo?.ok ? fromOdoo(data, known) : fromLedger(data.ledger.rows, known, data.currency);
	const horizon = addDays(data.period.end, -45);
	const subs: Subscription[] = base.map((s) => {
		const charges = [...s.charges].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
		const latest = charges[charges.length - 1];
		return { ...s, charges, latestMinor: latest?.minor ?? 0, latestDate: latest?.date ?? "", active: latest ? latest.date > horizon && daysBetween(latest.date, data.period.end) >= 0 : false, flags: [] };
	});
	for (const s of subs) {
		if (!s.active) continue;
		// The owner wrote down why it is kept: not flagged (the audit names the note).
		const note = explainedIn(s.searchTerms, data);
		if (note) {
			s.explainedBy = note;
			continue;
		}
		const prev = s.charges[s.charges.length - 2];
		// More than 20% dearer than the charge before: integers only (latest × 100 > previous × 120).
		if (prev && prev.minor > 0 && s.latestMinor * 100 > prev.minor * 120) {
			s.flags.push({ kind: "price_rise", previousMinor: prev.minor, latestMinor: s.latestMinor, percent: Math.floor(((s.latestMinor - prev.minor) * 100) / prev.minor) });
		}
		if (s.category) {
			const others = subs.filter((o) => o !== s && o.active && o.category === s.category).map((o) => o.vendor);
			if (others.length > 0) s.flags.push({ kind: "overlap", category: s.category, others });
		}
		if (!mentioned(s.searchTerms, data)) s.flags.push({ kind: "unused", since: data.usage.windowStart });
	}
	return subs.sort((a, b) => b.latestMinor - a.latestMinor || a.vendor.localeCompare(b.vendor));
}

/** Subscription money out in the 30 days up to the period's end (the "software costs per month" measure). */
export function monthlySubscriptionCost(subs: Subscription[], end: string): { minor: number; charges: number } {
	const from = addDays(end, -29);
	let minor = 0;
	let charges = 0;
	for (const s of subs) {
		for (const c of s.charges) {
			if (c.date >= from && c.date <= end) {
				minor += c.minor;
				charges++;
			}
		}
	}
	return { minor, charges };
}

export function describeFlag(f: SubscriptionFlag, currency: string, fmt: (minor: number, currency: string) => string): string {
	switch (f.kind) {
		case "price_rise":
			return `price rose ${f.percent}% (${fmt(f.previousMinor, currency)} → ${fmt(f.latestMinor, currency)})`;
		case "overlap":
			return `overlaps with ${f.others.join(", ")} (both ${f.category})`;
		case "unused":
			return `no note or log line since ${f.since} mentions it`;
	}
}
