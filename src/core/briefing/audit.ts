// The weekly audit note: every number with its source (Odoo query, ledger rows, notes, log lines). Pure: model in, Markdown out.
import { AUDIT, briefingPath, noteLink, table } from "./links";
import type { Model } from "./model";
import { expensesAudit, overdueAudit, receivablesAudit, revenueAudit, subscriptionsAudit, trendAudit } from "./audit-finance";
import { goalsAudit, logAudit, projectsAudit, requestsAudit, socialAudit, waitingAudit } from "./audit-operations";
import { gapsSection } from "./sections/gaps";

function sourcesAudit(m: Model): string {
	const d = m.data;
	const odoo = d.odoo === null ? "not connected" : d.odoo.ok ? `read as of ${d.odoo.figures.today} (${d.odoo.figures.roundTrips} requests)` : `failed: ${d.odoo.reason}`;
	const ledger = d.ledger.files.length === 0 ? "no files" : `${d.ledger.files.map((f) => noteLink(f)).join(", ")}: ${d.ledger.rows.length} rows read, ${d.ledger.bad.length} not understood${m.finance.source === "odoo" ? " (not used: Odoo is connected)" : ""}`;
	const social = d.social === null ? "not connected" : d.social.length === 0 ? "no network set up" : d.social.map((n) => `${n.network}: ${n.error ? "failed" : `${n.posts.length} posts`}`).join(", ");
	const rows = [
		["Odoo", odoo],
		["Vault ledger", ledger],
		["Social networks", social],
		["Requests", `${d.vault.outcomes.length} finished in the period, ${d.vault.waiting.length} waiting`],
		["Audit log", `${d.logs.files.length} files, ${d.logs.lines} lines`],
		["Goals", d.goals.found ? noteLink(d.goals.path) : "missing"],
	];
	return `## ${AUDIT.sources}\n\n${table(["source", "what was read"], rows)}\n`;
}

export function renderAudit(m: Model): string {
	const p = m.data.period;
	const fm = `---\ntype: weekly_audit\nperiod_start: ${JSON.stringify(p.start)}\nperiod_end: ${JSON.stringify(p.end)}\ngenerated: ${JSON.stringify(m.data.generatedAt)}\nmoney_source: ${JSON.stringify(m.finance.source)}\nbriefing: ${JSON.stringify(noteLink(briefingPath(m.data.root, p)))}\n---\n`;
	const head = `# Weekly audit — ${p.start} to ${p.end}\n\nGenerated ${m.data.generatedAt} (${m.data.timeZone}). The numbers behind ${noteLink(briefingPath(m.data.root, p), "the CEO briefing")}, each with where it came from.\n`;
	const sections = [
		sourcesAudit(m),
		revenueAudit(m),
		trendAudit(m),
		receivablesAudit(m),
		overdueAudit(m),
		expensesAudit(m),
		subscriptionsAudit(m),
		requestsAudit(m),
		waitingAudit(m),
		logAudit(m),
		goalsAudit(m),
		projectsAudit(m),
		socialAudit(m),
		gapsSection(m.gaps),
	];
	return `${fm}\n${head}\n${sections.join("\n")}`;
}
