// The analysis both documents are drawn from: computed once from the data, so the audit and the briefing always agree.
import { addDays, daysBetween, daysInMonth, monthStart } from "./calendar";
import { findBottlenecks, isDone, type Bottleneck } from "./bottlenecks";
import { buildFinance, type Finance } from "./finance";
import { collectGaps } from "./gaps";
import { monthlyTarget } from "./goals";
import { evaluateMetrics, type MetricResult } from "./metrics";
import { auditSubscriptions, type Subscription } from "./subscriptions";
import type { BriefingData, DataGap } from "./types";

export interface TargetProgress {
	targetMinor: number;
	currency: string;
	line: number;
	/** Share of the target reached, whole percent. */
	percent: number;
	/** Month to date extended to the whole month at the same daily pace. */
	projectedMinor: number;
	atRisk: boolean;
}

export interface Model {
	data: BriefingData;
	finance: Finance;
	subscriptions: Subscription[];
	bottlenecks: Bottleneck[];
	metrics: MetricResult[];
	target: TargetProgress | null;
	/** Projects not done, due within 30 days after the briefing date (or already late). */
	deadlines: { name: string; due: string; status: string; daysLeft: number; line: number }[];
	gaps: DataGap[];
}

function progress(data: BriefingData, finance: Finance): TargetProgress | null {
	const t = monthlyTarget(data.goals);
	const mtd = finance.revenueMtd;
	if (!t || !mtd || t.currency !== finance.currency || t.minor <= 0) return null;
	const elapsed = daysBetween(monthStart(data.period.end), data.period.end) + 1;
	const total = daysInMonth(data.period.end);
	// Integer pace: projected = mtd × days in month ÷ days elapsed, rounded down.
	const projectedMinor = Math.floor((mtd.minor * total) / elapsed);
	return { targetMinor: t.minor, currency: t.currency, line: t.line, percent: Math.floor((mtd.minor * 100) / t.minor), projectedMinor, atRisk: projectedMinor < t.minor };
}

export function analyse(data: BriefingData): Model {
	const finance = buildFinance(data);
	const subscriptions = auditSubscriptions(data);
	const metrics = evaluateMetrics(data, finance, subscriptions);
	const horizon = addDays(data.period.date, 30);
	const deadlines = data.goals.projects
		.filter((p): p is typeof p & { due: string } => p.due !== null && p.due <= horizon && !isDone(p.status))
		.map((p) => ({ name: p.name, due: p.due, status: p.status, daysLeft: daysBetween(data.period.date, p.due), line: p.line }))
		.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.name.localeCompare(b.name)));
	return {
		data,
		finance,
		subscriptions,
		bottlenecks: findBottlenecks(data),
		metrics,
		target: progress(data, finance),
		deadlines,
		gaps: collectGaps(data, finance, metrics),
	};
}
