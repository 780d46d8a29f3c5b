// Business_Goals.md: revenue targets, metrics with alert thresholds and projects with due dates, read from its tables.
import { isDividerRow, tableCells } from "../util/markdown-table";
import { isDay } from "./calendar";
import { parseAmount } from "./money";
import type { Goals, Threshold } from "./types";

/** "9000 USD", "USD 9,000.00", "$9000" → minor units and currency ("$" and a bare number mean the main currency). */
export function parseTarget(text: string, mainCurrency: string): { minor: number; currency: string } | null {
	const m = /^(?:([A-Z]{3})\s*)?\$?\s*([\d,]+(?:\.\d+)?)\s*(?:([A-Z]{3}))?$/.exec(text.trim());
	if (!m || (m[1] && m[3])) return null;
	const currency = m[1] ?? m[3] ?? mainCurrency;
	const minor = parseAmount(m[2] ?? "", currency);
	return minor === null ? null : { minor, currency };
}

/** "> 600 USD per month", "< 80%", ">= 48 hours" → a threshold; null when it is not a comparison with a number. */
export function parseThreshold(text: string): Threshold | null {
	const m = /^(>=|<=|>|<|≥|≤)\s*\$?\s*([\d,]*\d(?:\.\d{1,2})?)\s*(.*)$/.exec(text.trim());
	if (!m) return null;
	const op = ({ "≥": ">=", "≤": "<=" } as Record<string, Threshold["op"]>)[m[1] ?? ""] ?? (m[1] as Threshold["op"]);
	const [int = "0", frac = ""] = (m[2] ?? "").replace(/,/g, "").split(".");
	return { op, hundredths: Number(int) * 100 + Number(frac.padEnd(2, "0")), unit: (m[3] ?? "").trim() };
}

/** True when a measured value (×100) crosses the threshold, i.e. the alert fires. */
export function crosses(valueHundredths: number, t: Threshold): boolean {
	switch (t.op) {
		case ">":
			return valueHundredths > t.hundredths;
		case ">=":
			return valueHundredths >= t.hundredths;
		case "<":
			return valueHundredths < t.hundredths;
		case "<=":
			return valueHundredths <= t.hundredths;
	}
}

type Section = "revenue" | "metrics" | "projects" | null;

function sectionOf(heading: string): Section {
	const h = heading.toLowerCase();
	if (h.includes("revenue") || h.includes("target")) return "revenue";
	if (h.includes("metric")) return "metrics";
	if (h.includes("project") || h.includes("deadline")) return "projects";
	return null;
}

export function parseGoals(path: string, text: string | null, mainCurrency: string): Goals {
	const goals: Goals = { path, found: text !== null, revenueTargets: [], metrics: [], projects: [], problems: [] };
	if (text === null) return goals;
	let section: Section = null;
	let header: string[] | null = null;
	const lines = text.split(/\r?\n/);
	lines.forEach((raw, i) => {
		const line = i + 1;
		const heading = /^#{1,6}\s+(.*)$/.exec(raw);
		if (heading) {
			section = sectionOf(heading[1] ?? "");
			header = null;
			return;
		}
		if (!raw.trim().startsWith("|")) {
			header = null;
			return;
		}
		if (section === null) return;
		const cells = tableCells(raw);
		if (header === null) {
			header = cells.map((c) => c.toLowerCase());
			return;
		}
		if (isDividerRow(cells)) return;
		const col = (names: string[], fallback: number) => {
			const idx = header?.findIndex((h) => names.some((n) => h.includes(n))) ?? -1;
			return (cells[idx >= 0 ? idx : fallback] ?? "").trim();
		};
		if (section === "revenue") {
			const period = col(["period"], 0).toLowerCase();
			const target = parseTarget(col(["target", "amount"], 1), mainCurrency);
			if (!target) goals.problems.push({ line, text: raw.trim(), reason: `the target "${col(["target", "amount"], 1)}" is not an amount like 9000 USD` });
			else goals.revenueTargets.push({ period, ...target, line });
		} else if (section === "metrics") {
			const thresholdText = col(["alert", "threshold"], 2);
			const threshold = parseThreshold(thresholdText);
			if (!threshold && thresholdText !== "") goals.problems.push({ line, text: raw.trim(), reason: `the alert threshold "${thresholdText}" is not a comparison like "> 600 USD per month"` });
			goals.metrics.push({ name: col(["metric"], 0), target: col(["target"], 1), thresholdText, threshold, line });
		} else {
			const dueText = col(["due", "deadline", "date"], 1);
			const due = isDay(dueText) ? dueText : null;
			if (!due) goals.problems.push({ line, text: raw.trim(), reason: `the due date "${dueText}" is not a date like 2026-12-31` });
			goals.projects.push({ name: col(["project", "name"], 0), due, status: col(["status"], 2), line });
		}
	});
	return goals;
}

/** The monthly revenue target (a "monthly" row, or a quarterly one divided by three is NOT assumed: only monthly counts). */
export function monthlyTarget(goals: Goals): { minor: number; currency: string; line: number } | null {
	return goals.revenueTargets.find((t) => t.period.startsWith("month")) ?? null;
}
