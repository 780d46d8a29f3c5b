// Goals' metrics measured from the data: each known metric says what it measured and how; the rest is reported unmeasured.
import { crosses, parseThreshold } from "./goals";
import { decimalsOf, formatMoney } from "./money";
import type { Finance } from "./finance";
import { monthlySubscriptionCost, type Subscription } from "./subscriptions";
import type { BriefingData, Threshold } from "./types";
import { duration } from "./bottlenecks";

export interface MetricResult {
	name: string;
	target: string;
	thresholdText: string;
	line: number;
	/** alert: past the alert threshold; at risk: off its target but not yet past the alert threshold. */
	status: "alert" | "at risk" | "ok" | "not measured";
	/** The measured value in words, and how it was measured. */
	value: string | null;
	how: string;
	/** Why it could not be measured or compared. */
	reason?: string;
}

interface Measured {
	hundredths: number;
	value: string;
	how: string;
	/** Currency of a money measure, to check against the threshold's unit. */
	currency?: string;
}

function money(minor: number, currency: string): number {
	const d = decimalsOf(currency);
	return d === 2 ? minor : Math.round((minor * 100) / 10 ** d);
}

function measure(name: string, data: BriefingData, finance: Finance, subs: Subscription[]): Measured | null {
	const n = name.toLowerCase();
	if (/software|subscription|saas|tool/.test(n)) {
		const c = monthlySubscriptionCost(subs, data.period.end);
		return { hundredths: money(c.minor, data.currency), value: formatMoney(c.minor, data.currency), how: `${c.charges} subscription charges in the 30 days to ${data.period.end}`, currency: data.currency };
	}
	if (/overdue|receivable/.test(n) && finance.overdue) {
		return { hundredths: money(finance.overdue.total.minor, finance.currency), value: formatMoney(finance.overdue.total.minor, finance.currency), how: "open overdue customer invoices (Odoo)", currency: finance.currency };
	}
	if (/revenue/.test(n) && finance.revenueMtd) {
		return { hundredths: money(finance.revenueMtd.minor, finance.currency), value: formatMoney(finance.revenueMtd.minor, finance.currency), how: `month to date: ${finance.revenueMeaning}`, currency: finance.currency };
	}
	if (/response time/.test(n)) {
		const waits = data.vault.waiting.filter((w) => w.folder === "Needs_Action").map((w) => (data.period.endMs - w.sinceMs) / 3_600_000);
		const longest = waits.length === 0 ? 0 : Math.max(...waits);
		return { hundredths: Math.floor(longest * 100), value: waits.length === 0 ? "nothing waiting" : duration(longest), how: "longest wait of an item in Needs_Action at the period's end, in hours" };
	}
	if (/error|failure|failed/.test(n)) {
		return { hundredths: data.logs.errors.length * 100, value: String(data.logs.errors.length), how: "failures in the audit log during the period" };
	}
	return null;
}

function comparable(t: Threshold, m: Measured): string | null {
	const code = /\b([A-Z]{3})\b/.exec(t.unit)?.[1];
	if (m.currency && code && code !== m.currency) return `the threshold is in ${code}, the measure in ${m.currency} (no exchange rate)`;
	if (!m.currency && code) return `the threshold is money (${code}), the measure is not`;
	return null;
}

export function evaluateMetrics(data: BriefingData, finance: Finance, subs: Subscription[]): MetricResult[] {
	return data.goals.metrics.map((g) => {
		const base = { name: g.name, target: g.target, thresholdText: g.thresholdText, line: g.line };
		const m = measure(g.name, data, finance, subs);
		if (!m) return { ...base, status: "not measured", value: null, how: "—", reason: "no connected source measures it" };
		if (!g.threshold) return { ...base, status: "not measured", value: m.value, how: m.how, reason: "its alert threshold is not a comparison with a number" };
		const problem = comparable(g.threshold, m);
		if (problem) return { ...base, status: "not measured", value: m.value, how: m.how, reason: problem };
		if (crosses(m.hundredths, g.threshold)) return { ...base, status: "alert", value: m.value, how: m.how };
		// The target is the good side ("< 450 USD per month"): a value that does not meet it is at risk before it alerts.
		const target = parseThreshold(g.target);
		const offTarget = target !== null && comparable(target, m) === null && !crosses(m.hundredths, target);
		return { ...base, status: offTarget ? "at risk" : "ok", value: m.value, how: m.how };
	});
}
