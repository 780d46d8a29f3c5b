// Read tools for requests: what waits for the owner, what failed, what ran lately, and one request's status and result.
import type { FolderName } from "../../core/layout/folders";
import { readFrontmatter } from "../../core/requests/frontmatter";
import { readRequestItem } from "../../core/status/request-index";
import { baseName } from "../../core/util/paths";
import { optEnum, optInt, optString, onlyKnown } from "../args";
import { notesOf } from "../vault-paths";
import { ToolInputError, type McpContext, type McpTool } from "../tool";

const STATES = ["pending", "approved", "failed", "recent"] as const;
const FOLDER_OF: Record<(typeof STATES)[number], FolderName[]> = {
	pending: ["Pending_Approval"],
	approved: ["Approved"],
	failed: ["Failed"],
	recent: ["Completed", "Rejected"],
};
const ALL: FolderName[] = ["Pending_Approval", "Approved", "Completed", "Failed", "Rejected"];
/** Outcome fields an agent may read back; nothing else of the note's frontmatter is echoed (stamps stay out). */
const RESULT_FIELDS = ["status", "result", "result_url", "result_fields", "error", "error_category", "suggestion", "dry_run", "finished_at", "held_reason", "refused_reason", "rejected_reason", "wire_preview"] as const;

function plain(v: unknown): unknown {
	return v instanceof Date ? v.toISOString() : v;
}

async function findRequest(ctx: McpContext, id: string | undefined, path: string | undefined): Promise<string> {
	const layout = ctx.deps.layout();
	for (const folder of ALL) {
		for (const p of await notesOf(ctx, folder)) {
			if (path !== undefined && (p === path || baseName(p) === baseName(path) || p === `${layout.root}/${path}`)) return p;
			if (id !== undefined && p.endsWith(`-${id}.md`)) return p;
		}
	}
	if (id !== undefined) {
		// A note named by hand: read the ids (only on a miss by file name).
		for (const folder of ALL) {
			for (const p of await notesOf(ctx, folder)) {
				const text = await ctx.deps.vault.read(p);
				const fm = text === null ? null : readFrontmatter(text, ctx.deps.yaml);
				if (fm?.ok && fm.data.id === id) return p;
			}
		}
	}
	throw new ToolInputError(`No request ${id !== undefined ? `with id ${id}` : `at ${path}`} in ${ALL.join(", ")}; list_requests shows the ones there are.`);
}

export function requestTools(ctx: McpContext): McpTool[] {
	return [
		{
			name: "list_requests",
			title: "List requests",
			description: "Lists action requests by state: pending (waiting for the owner), approved (waiting to run), failed (the review queue) or recent (completed and rejected, newest first).",
			inputSchema: {
				type: "object",
				properties: { state: { type: "string", enum: [...STATES], default: "pending" }, limit: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
				additionalProperties: false,
			},
			async run(args) {
				onlyKnown(args, ["state", "limit"]);
				const state = optEnum(args, "state", STATES, "pending");
				const limit = optInt(args, "limit", 1, 200, 50);
				const paths: string[] = [];
				for (const f of FOLDER_OF[state]) paths.push(...(await notesOf(ctx, f)));
				const items = [];
				for (const p of paths) {
					const item = await readRequestItem(ctx.deps, p);
					if (item) items.push({ ...item, mtime: (await ctx.deps.vault.stat(p))?.mtime ?? 0 });
				}
				items.sort((a, b) => b.mtime - a.mtime);
				const shown = items.slice(0, limit).map(({ mtime: _m, ...rest }) => rest);
				const lines = shown.map((i) => `- ${i.id ?? "?"} ${i.action ?? "?"}: ${i.summary ?? i.title}${i.error ? ` — ${i.error}` : ""} (${i.path})`);
				return { text: shown.length === 0 ? `No ${state} requests.` : `${shown.length} ${state} request(s):\n${lines.join("\n")}`, data: { state, requests: shown } };
			},
		},
		{
			name: "get_request",
			title: "Get one request's status and result",
			description: "Returns a request's status, folder, summary and outcome (result, link, error and suggested fix, dry-run preview), by id or path.",
			inputSchema: { type: "object", properties: { id: { type: "string" }, path: { type: "string" } }, additionalProperties: false },
			async run(args) {
				onlyKnown(args, ["id", "path"]);
				const id = optString(args, "id");
				const path = optString(args, "path");
				if ((id === undefined) === (path === undefined)) throw new ToolInputError("Give exactly one of id or path.");
				const found = await findRequest(ctx, id, path);
				const item = await readRequestItem(ctx.deps, found);
				const text = (await ctx.deps.vault.read(found)) ?? "";
				const fm = readFrontmatter(text, ctx.deps.yaml);
				const outcome: Record<string, unknown> = {};
				if (fm.ok) for (const k of RESULT_FIELDS) if (fm.data[k] !== undefined && fm.data[k] !== null) outcome[k] = plain(fm.data[k]);
				const folder = ALL.find((f) => found.startsWith(`${ctx.deps.layout().folder(f)}/`)) ?? null;
				const words = [`${item?.id ?? id ?? "?"} (${item?.action ?? "?"}) is ${typeof outcome.status === "string" ? outcome.status : "unknown"} in ${folder ?? "?"}: ${item?.summary ?? item?.title ?? ""}`];
				if (typeof outcome.result === "string") words.push(`Result: ${outcome.result}`);
				if (typeof outcome.error === "string") words.push(`Error: ${outcome.error}${typeof outcome.suggestion === "string" ? ` — ${outcome.suggestion}` : ""}`);
				return { text: words.join("\n"), data: { path: found, folder, id: item?.id ?? null, action: item?.action ?? null, summary: item?.summary ?? null, ...outcome }, target: found };
			},
		},
	];
}
