// Read tools for what the business wrote down and what the plugin reported: briefing, audit, goals, handbook, the log.
import { addDays, format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { AuditEntry } from "../../core/log/entry";
import { localDay } from "../../core/util/dates";
import { optDate, optEnum, optInt, optString, onlyKnown } from "../args";
import { notesOf } from "../vault-paths";
import { ToolInputError, type McpContext, type McpTool } from "../tool";

export const REPORT_KINDS = ["briefing", "audit"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const DOCS = ["handbook", "goals"] as const;
export type DocName = (typeof DOCS)[number];

/** The newest report of a kind, or the one for a period-end date; null when there is none. */
export async function readReport(ctx: McpContext, kind: ReportKind, date?: string): Promise<{ path: string; text: string } | null> {
	const folder = kind === "briefing" ? "CEO_Briefings" : "Audits";
	const notes = (await notesOf(ctx, folder)).filter((p) => p.endsWith(`-${kind}.md`));
	const path = date ? notes.find((p) => p.endsWith(`/${date}-${kind}.md`)) : notes.at(-1);
	if (!path) return null;
	const text = await ctx.deps.vault.read(path);
	return text === null ? null : { path, text };
}

export async function readDoc(ctx: McpContext, doc: DocName): Promise<{ path: string; text: string }> {
	const path = ctx.deps.layout().file(doc === "handbook" ? "Company_Handbook.md" : "Business_Goals.md");
	return { path, text: (await ctx.deps.vault.read(path)) ?? "" };
}

const MAX_DAYS = 92;

export function documentTools(ctx: McpContext): McpTool[] {
	return [getReportTool(ctx), readBusinessDocTool(ctx), searchLogTool(ctx)];
}

function getReportTool(ctx: McpContext): McpTool {
	return {
		name: "get_report",
		title: "Read the CEO briefing or the weekly audit",
		description: "Returns the latest Monday CEO briefing (kind briefing) or weekly business audit (kind audit), or the one for a given period-end date.",
		inputSchema: {
			type: "object",
			properties: { kind: { type: "string", enum: [...REPORT_KINDS], default: "briefing" }, date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "The period's end date, YYYY-MM-DD; latest when left out." } },
			additionalProperties: false,
		},
		async run(args) {
			onlyKnown(args, ["kind", "date"]);
			const kind = optEnum(args, "kind", REPORT_KINDS, "briefing");
			const date = optDate(args, "date");
			const report = await readReport(ctx, kind, date);
			if (!report) throw new ToolInputError(date ? `There is no ${kind} for ${date}; leave date out for the latest one.` : `No ${kind} has been written yet.`);
			return { text: report.text, data: { path: report.path, text: report.text }, target: report.path };
		},
	};
}

function readBusinessDocTool(ctx: McpContext): McpTool {
	return {
		name: "read_business_doc",
		title: "Read the company handbook or the business goals",
		description: "Returns Company_Handbook.md (rules of engagement, what is confidential) or Business_Goals.md (targets the briefing measures).",
		inputSchema: { type: "object", properties: { doc: { type: "string", enum: [...DOCS] } }, required: ["doc"], additionalProperties: false },
		async run(args) {
			onlyKnown(args, ["doc"]);
			const doc = optEnum(args, "doc", DOCS, "handbook");
			if (args.doc === undefined) throw new ToolInputError(`doc is required: one of ${DOCS.join(", ")}.`);
			const d = await readDoc(ctx, doc);
			return { text: d.text === "" ? `${d.path} is empty or missing.` : d.text, data: d, target: d.path };
		},
	};
}

function searchLogTool(ctx: McpContext): McpTool {
	return {
		name: "search_log",
		title: "Search the audit log",
		description: "Searches the JSON audit log (one line per action taken or refused) by date range, action type, result and free text. Secrets are redacted in the log itself.",
		inputSchema: {
			type: "object",
			properties: {
				since: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "First day, YYYY-MM-DD (default: 7 days ago)." },
				until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Last day, YYYY-MM-DD (default: today)." },
				action_type: { type: "string", description: "Exact action type or a prefix ending in a dot, e.g. odoo. or social.post." },
				result: { type: "string", enum: ["success", "failure", "refused", "dry_run", "info", "started"] },
				text: { type: "string", description: "Case-insensitive text anywhere in the line." },
				limit: { type: "integer", minimum: 1, maximum: 500, default: 100 },
			},
			additionalProperties: false,
		},
		async run(args) {
			onlyKnown(args, ["since", "until", "action_type", "result", "text", "limit"]);
			const zone = ctx.deps.timeZone();
			const today = localDay(ctx.deps.clock.now(), zone);
			const until = optDate(args, "until") ?? today;
			const since = optDate(args, "since") ?? format(addDays(new TZDate(`${until}T12:00:00`, zone), -6), "yyyy-MM-dd");
			if (since > until) throw new ToolInputError(`since (${since}) is after until (${until}).`);
			const days = daysFrom(since, until, zone);
			const filter: LogFilter = { action: optString(args, "action_type"), result: optString(args, "result"), needle: optString(args, "text")?.toLowerCase() };
			const hits = await newestMatches(ctx, days.reverse(), filter, optInt(args, "limit", 1, 500, 100));
			const lines = hits.map((e) => `${e.timestamp} ${e.action_type} ${e.result} ${e.target}${e.error ? ` — ${e.error}` : ""}`);
			return { text: hits.length === 0 ? `No log lines from ${since} to ${until} match.` : lines.join("\n"), data: { since, until, entries: hits } };
		},
	};
}

/** The days from since to until in the user's zone; a range longer than MAX_DAYS is refused before any log is read. */
function daysFrom(since: string, until: string, zone: string): string[] {
	const days: string[] = [];
	for (let d = new TZDate(`${since}T12:00:00`, zone); format(d, "yyyy-MM-dd") <= until; d = addDays(d, 1)) {
		days.push(format(d, "yyyy-MM-dd"));
		if (days.length > MAX_DAYS) throw new ToolInputError(`The range is more than ${MAX_DAYS} days; narrow since/until.`);
	}
	return days;
}

interface LogFilter {
	action: string | undefined;
	result: string | undefined;
	needle: string | undefined;
}

function matches(e: AuditEntry, { action, result, needle }: LogFilter): boolean {
	if (action && !(action.endsWith(".") ? e.action_type.startsWith(action) : e.action_type === action)) return false;
	if (result && e.result !== result) return false;
	return !needle || JSON.stringify(e).toLowerCase().includes(needle);
}

/** Up to `limit` matching lines, newest first, reading the days newest first and stopping once there are enough. */
async function newestMatches(ctx: McpContext, daysNewestFirst: string[], filter: LogFilter, limit: number): Promise<AuditEntry[]> {
	const hits: AuditEntry[] = [];
	for (const day of daysNewestFirst) {
		const { entries } = await ctx.log.readDay(day);
		for (const e of entries.reverse()) {
			if (!matches(e, filter)) continue;
			hits.push(e);
			if (hits.length >= limit) return hits;
		}
	}
	return hits;
}
