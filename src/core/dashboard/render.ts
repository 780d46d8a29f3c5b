// The Markdown of the dashboard's status section, from a status snapshot (pure: same snapshot, same text).
import type { RequestItem, StatusSnapshot } from "../status/types";
import { CONNECTOR_HEALTH_LABEL, WATCHER_STATE_LABEL, connectorHealth, formatWhen, plural } from "../status/words";
import { localDateTime } from "../util/dates";
import { duration } from "../status/response-time";
import { NOT_RECEIVING } from "../status/whatsapp-receiver";
import type { WhatsappStatus } from "../status/whatsapp-activity";

const LISTED = 5;

/** A wiki link that survives any title: `|`, `]]` and line breaks cannot break out of it. */
function link(path: string, title?: string, secretInPath = false): string {
	const target = path.replace(/\.md$/, "");
	const label = title?.replace(/[|[\]\n\r]+/g, " ").trim();
	// A link would repeat the secret in the file name: the title (secret hidden) and what to do instead.
	if (secretInPath) return `${label ?? "A request"} (its file name holds a secret: rename the note)`;
	return label ? `[[${target}|${label}]]` : `[[${target}]]`;
}

/** Table cells must not contain pipes or line breaks. */
function cell(text: string): string {
	return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}

/** A `### title` section with a table; nothing at all when there are no rows. Cells arrive already escaped. */
function tableSection(out: string[], title: string, columns: string[], rows: string[][]): void {
	if (rows.length === 0) return;
	out.push("", `### ${title}`, `| ${columns.join(" | ")} |`, `| ${columns.map(() => "---").join(" | ")} |`);
	for (const r of rows) out.push(`| ${r.join(" | ")} |`);
}

function requestList(items: RequestItem[], withError: boolean): string[] {
	const lines = items.slice(0, LISTED).map((r) => `- ${link(r.path, r.title, r.secretInPath)}${withError && r.error ? ` — ${r.error.replace(/[\r\n]+/g, " ")}` : ""}`);
	if (items.length > LISTED) lines.push(`- … and ${items.length - LISTED} more`);
	return lines;
}

/**
 * WhatsApp's lines. Only what changes with events (no "seen 2 min ago"): the note is rewritten when something
 * happened, not every minute the runner beats.
 */
function whatsappLines(w: WhatsappStatus, when: (ms: number | null) => string): string[] {
	const out = ["", "### WhatsApp"];
	out.push(`- Messages waiting: ${w.waiting}${w.latestMessageAt !== null ? ` (newest message ${when(w.latestMessageAt)})` : ""}`);
	const median = w.medianResponseMs !== null ? ` · median response time ${duration(w.medianResponseMs)}` : "";
	out.push(`- Replies sent this week: ${w.repliesThisWeek}${median}`);
	out.push(w.receiver.kind === "receiving" ? "- Receiving: a runner is receiving new messages." : `- ${NOT_RECEIVING}.`);
	return out;
}

export function renderDashboardSection(s: StatusSnapshot): string {
	const when = (ms: number | null) => formatWhen(ms, s.at, s.timeZone);
	const out: string[] = [];
	out.push("## AI Employee status");
	out.push(`_Updated ${localDateTime(s.at, s.timeZone)} · ${s.dryRun ? "dry run: approved requests are only previewed, nothing is sent" : "live: approved requests are sent"}_`);
	out.push("");
	out.push(s.pending.length === 0 ? "**Nothing waits for your approval.**" : `**${plural(s.pending.length, "request")} ${s.pending.length === 1 ? "waits" : "wait"} for your approval:**`);
	out.push(...requestList(s.pending, false));
	if (s.failures.length > 0) {
		out.push("");
		out.push(`**${plural(s.failures.length, "failed request")} to look at:**`);
		out.push(...requestList(s.failures, true));
	}
	out.push("");
	out.push("### Today");
	const t = s.today;
	out.push(t.total === 0 ? "No activity yet today." : `${plural(t.total, "logged action")}: ${t.success} done, ${t.dryRun} previewed (dry run), ${t.failure} failed, ${t.refused} refused.`);
	tableSection(
		out,
		"Connectors",
		["connector", "state", "last success", "last error"],
		s.connectors.map((c) => {
			const err = c.paused ?? c.problem ?? (c.lastError ? `${when(c.lastErrorAt)}: ${c.lastError}` : "—");
			return [cell(c.label), CONNECTOR_HEALTH_LABEL[connectorHealth(c)], when(c.lastSuccess), cell(err)];
		}),
	);
	tableSection(
		out,
		"Watchers",
		["watcher", "state", "last run", "next run"],
		s.watchers.map((w) => [cell(w.name), `${WATCHER_STATE_LABEL[w.state]}${w.reason ? `: ${cell(w.reason)}` : ""}`, when(w.lastRun), when(w.nextRun)]),
	);
	if (s.whatsapp) out.push(...whatsappLines(s.whatsapp, when));
	out.push("");
	out.push("### Briefing");
	out.push(`Last briefing: ${s.lastBriefing ? link(s.lastBriefing) : "none yet"} · next: ${s.nextBriefing === null ? "not scheduled" : localDateTime(s.nextBriefing, s.timeZone)}`);
	return out.join("\n");
}
