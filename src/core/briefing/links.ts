// Evidence links: every figure in the briefing points at an audit section, a note, a ledger row or an Odoo record.
import { joinPath } from "../util/paths";
import type { BriefingPeriod } from "./types";

/** The audit's section headings; the briefing links to them, so they are fixed. */
export const AUDIT = {
	sources: "Sources",
	revenue: "Revenue",
	trend: "Revenue trend",
	receivables: "Receivables",
	overdue: "Overdue invoices",
	expenses: "Expenses by vendor",
	subscriptions: "Subscriptions",
	requests: "Requests",
	waiting: "Waiting items",
	log: "Audit log",
	goals: "Goals and thresholds",
	projects: "Projects",
	social: "Social media",
	gaps: "Data gaps",
} as const;

export type AuditSection = (typeof AUDIT)[keyof typeof AUDIT];

/** The file a run produces; its existence decides "already done for this period". */
export function targetPath(kind: "briefing" | "audit", root: string, period: BriefingPeriod): string {
	return kind === "briefing" ? briefingPath(root, period) : auditPath(root, period);
}

export function auditPath(root: string, period: BriefingPeriod): string {
	return joinPath(root, "Audits", `${period.date}-audit.md`);
}

export function briefingPath(root: string, period: BriefingPeriod): string {
	return joinPath(root, "CEO_Briefings", `${period.date}-briefing.md`);
}

function withoutMd(path: string): string {
	return path.replace(/\.md$/, "");
}

/** `[[AI_Employee/Audits/2026-11-30-audit#Revenue|label]]`. */
export function auditLink(root: string, period: BriefingPeriod, section: AuditSection, label: string = section.toLowerCase()): string {
	return `[[${withoutMd(auditPath(root, period))}#${section}|${label}]]`;
}

/** A link to a vault file; Markdown notes drop their extension, other files keep it. */
export function noteLink(path: string, label?: string): string {
	const target = withoutMd(path);
	return label ? `[[${target}|${label}]]` : `[[${target}]]`;
}

/** A link to a journal entry's form in Odoo 16–19 (the /web# form redirects on newer versions). */
export function odooRecordUrl(baseUrl: string, id: number): string {
	return `${baseUrl.replace(/\/+$/, "")}/web#id=${id}&model=account.move&view_type=form`;
}

/** Escapes text for a Markdown table cell: pipes (also inside wikilinks) and line breaks. */
export function cell(text: string): string {
	return text.replace(/\r?\n/g, " ").replace(/(?<!\\)\|/g, "\\|");
}

/** A Markdown table; every cell is escaped. */
export function table(header: string[], rows: string[][]): string {
	const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
	return lines.join("\n");
}
