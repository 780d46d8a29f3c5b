// The audit's operations sections: requests, waiting items, the audit log, goals, projects and social media.
import { daysBetween } from "./calendar";
import { duration, isDone } from "./bottlenecks";
import { AUDIT, noteLink, table } from "./links";
import { formatMoney } from "./money";
import type { Model } from "./model";
import { localDateTime } from "../util/dates";

export function requestsAudit(m: Model): string {
	const o = m.data.vault.outcomes;
	const where = `Request notes in Completed, Rejected and Failed whose finish time falls in the period.`;
	if (o.length === 0) return `## ${AUDIT.requests}\n\n${where}\n\nNone.\n`;
	const t = table(["status", "request", "action", "finished", "detail"], o.map((x) => [x.status + (x.dryRun ? " (dry run)" : ""), noteLink(x.path, x.title), x.action, x.at, x.detail]));
	return `## ${AUDIT.requests}\n\n${where}\n\n${t}\n`;
}

export function waitingAudit(m: Model): string {
	const w = m.data.vault.waiting;
	const where = `Notes in Needs_Action and Pending_Approval at the period's end; bottleneck when waiting over ${duration(m.data.waitHours)}.`;
	if (w.length === 0) return `## ${AUDIT.waiting}\n\n${where}\n\nNothing waiting.\n`;
	const tz = m.data.timeZone;
	const t = table(
		["folder", "item", "since", "waiting"],
		w.map((x) => [x.folder, noteLink(x.path, x.title), `${localDateTime(x.sinceMs, tz)} (${x.sinceSource})`, duration((m.data.period.endMs - x.sinceMs) / 3_600_000)]),
	);
	return `## ${AUDIT.waiting}\n\n${where}\n\n${t}\n`;
}

export function logAudit(m: Model): string {
	const l = m.data.logs;
	const share = l.executions === 0 ? "no executions" : `${Math.floor((l.dryRuns * 100) / l.executions)}% (${l.dryRuns} of ${l.executions} executions)`;
	const facts = table(
		["figure", "value"],
		[
			["Log files read", l.files.length === 0 ? "none" : l.files.map((f) => noteLink(f)).join(", ")],
			["Lines", String(l.lines)],
			["Errors (result failure)", String(l.errors.length)],
			["Auto-approvals", String(l.autoApprovals.length)],
			["Dry-run share", share],
			["Unreadable lines", String(l.corrupt.length)],
		],
	);
	const errs = l.errors.slice(0, 25).map((e) => [e.timestamp, e.action, e.target, e.error, `${noteLink(e.file)} line ${e.line}`]);
	const errTable = errs.length > 0 ? `\n\nErrors${l.errors.length > 25 ? ` (first 25 of ${l.errors.length})` : ""}:\n\n${table(["time", "action", "target", "error", "line"], errs)}` : "";
	const autos = l.autoApprovals.slice(0, 25).map((a) => [a.timestamp, a.action, a.target, `${noteLink(a.file)} line ${a.line}`]);
	const autoTable = autos.length > 0 ? `\n\nAuto-approvals${l.autoApprovals.length > 25 ? ` (first 25 of ${l.autoApprovals.length})` : ""}:\n\n${table(["time", "action", "target", "line"], autos)}` : "";
	return `## ${AUDIT.log}\n\n${facts}${errTable}${autoTable}\n`;
}

export function goalsAudit(m: Model): string {
	const g = m.data.goals;
	if (!g.found) return `## ${AUDIT.goals}\n\n${g.path} was not found.\n`;
	const src = `From ${noteLink(g.path)}.`;
	const target = m.target
		? `Monthly revenue target ${formatMoney(m.target.targetMinor, m.target.currency)} (line ${m.target.line}): month to date ${formatMoney(m.finance.revenueMtd?.minor ?? 0, m.finance.currency)} = ${m.target.percent}%; at the same daily pace the month ends at ${formatMoney(m.target.projectedMinor, m.finance.currency)}${m.target.atRisk ? " — **at risk**" : ""}.`
		: "No monthly revenue target could be compared (see Data gaps).";
	const t =
		m.metrics.length === 0
			? "No metrics."
			: table(
					["metric", "target", "alert threshold", "measured", "how", "status"],
					m.metrics.map((x) => [x.name, x.target, x.thresholdText, x.value ?? "—", x.how, x.status === "alert" ? "**ALERT**" : x.status === "at risk" ? "**at risk**" : x.status]),
				);
	return `## ${AUDIT.goals}\n\n${src}\n\n${target}\n\n${t}\n`;
}

export function projectsAudit(m: Model): string {
	const ps = m.data.goals.projects;
	if (ps.length === 0) return `## ${AUDIT.projects}\n\nNo projects in the goals file.\n`;
	const date = m.data.period.date;
	const t = table(
		["project", "due", "status", "state", "line"],
		ps.map((p) => {
			const left = p.due ? daysBetween(date, p.due) : null;
			const state = isDone(p.status) ? "done" : left === null ? "no due date" : left < 0 ? `${-left} days late` : `due in ${left} days`;
			return [p.name, p.due ?? "—", p.status, state, String(p.line)];
		}),
	);
	return `## ${AUDIT.projects}\n\nFrom ${noteLink(m.data.goals.path)}, as of ${date}.\n\n${t}\n`;
}

export function socialAudit(m: Model): string {
	const s = m.data.social;
	if (s === null) return `## ${AUDIT.social}\n\nNo network connected.\n`;
	const parts = s.map((n) => {
		if (n.error) return `### ${n.network}\n\nNot read: ${n.error.message} (${n.error.category}). ${n.error.suggestion}\n`;
		const posts = n.posts.length === 0 ? "No posts in the period." : table(["published", "post", "metrics"], n.posts.map((p) => [p.publishedAt, `[${p.text}](${p.url})`, Object.entries(p.metrics).map(([k, v]) => `${k} ${v}`).join(", ") || "—"]));
		return `### ${n.network}\n\n${n.available ? "" : `Metrics not available: ${n.note ?? "access level"}.\n\n`}${posts}\n`;
	});
	return `## ${AUDIT.social}\n\nPosts published in the period, as the networks' APIs report them.\n\n${parts.join("\n")}`;
}
