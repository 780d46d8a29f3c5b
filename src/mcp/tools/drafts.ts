// One draft tool per action type, its input schema generated from the engine's own action schema. A draft with
// dry_run (the default) writes nothing and returns what the owner's card would say and the exact requests that would
// be sent; with dry_run false it writes one request note into Pending_Approval/, marked as the agent's. Never more.
import * as z from "zod/mini";
import type { ActionHandler } from "../../core/executor/connector";
import { describeIssues } from "../../core/requests/parse-request";
import { newRequestId } from "../../core/requests/create-request";
import { createRequestNote } from "../../core/requests/create-request";
import { optBool, optString, onlyKnown } from "../args";
import { previewDraft, type DraftPreview } from "../preview";
import { ToolInputError, type CallInfo, type JsonSchema, type McpContext, type McpTool, type ToolOutcome } from "../tool";

export const DRAFT_OPTIONS = ["params", "dry_run", "title", "note", "source", "expires"] as const;

/** `odoo.create_invoice` → `draft_odoo_create_invoice`. */
export function draftToolName(action: string): string {
	return `draft_${action.replace(/\./g, "_")}`;
}

/** The action's params schema as JSON Schema (what the client validates against), from the one zod definition. */
export function paramsJsonSchema(handler: ActionHandler<unknown>): JsonSchema {
	const schema = z.toJSONSchema(handler.params, { io: "input", unrepresentable: "any" }) as JsonSchema;
	delete schema.$schema;
	return schema;
}

export interface DraftInput {
	params: unknown;
	dryRun: boolean;
	title?: string;
	note?: string;
	source?: string;
	expires?: string;
}

export function readDraftInput(args: Record<string, unknown>): DraftInput {
	onlyKnown(args, DRAFT_OPTIONS);
	if (args.params === undefined) throw new ToolInputError("params is required: the action's parameters (see this tool's input schema).");
	const expires = optString(args, "expires");
	if (expires !== undefined && Number.isNaN(Date.parse(expires))) throw new ToolInputError(`expires must be a date and time such as 2026-12-31T17:00:00Z (got "${expires}").`);
	return { params: args.params, dryRun: optBool(args, "dry_run", true), title: optString(args, "title"), note: optString(args, "note"), source: optString(args, "source"), expires };
}

/** The card as the agent reads it: what the owner will see, and never a secret (the guard's hits by kind only). */
function cardWords(p: DraftPreview): Record<string, unknown> {
	const c = p.card;
	return {
		title: c.title,
		summary: c.summary,
		lines: c.lines,
		text: c.text,
		policy: c.policy,
		provenance: c.provenance,
		notice: c.notice,
		guard: c.guard ? { blocked: c.guard.blocked, findings: c.guard.hits.map((h) => ({ kind: h.kind, reason: h.reason })) } : null,
	};
}

/** Validates, previews and (only without dry run, and only when the guard lets it through) writes the note. */
export async function runDraft(ctx: McpContext, handler: ActionHandler<unknown>, input: DraftInput, call: CallInfo): Promise<ToolOutcome> {
	const parsed = handler.params.safeParse(input.params);
	if (!parsed.success) {
		throw new ToolInputError(`The ${handler.action} parameters are not valid: ${describeIssues(parsed.error.issues.map((i) => ({ ...i, path: ["params", ...i.path] })))}. Fix those fields and call again.`);
	}
	const deps = ctx.deps;
	const actor = `mcp:${call.client}`;
	const id = newRequestId(deps.clock.now(), deps.timeZone());
	const desc = handler.describe(parsed.data);
	const request = {
		id,
		action: handler.action,
		params: input.params as Record<string, unknown>,
		requestedBy: actor,
		origin: actor,
		title: input.title ?? desc.summary,
		body: input.note ? `${input.note}\n` : "",
		source: input.source ?? null,
		expires: input.expires ?? null,
	};
	const preview = await previewDraft(deps, handler, parsed.data, request);
	const card = cardWords(preview);
	const wire = { requests: preview.wire, stopped_at: preview.stoppedAt };
	const what = [`Card: ${preview.card.summary}`, preview.card.policy ?? "", preview.stoppedAt ? `Preview stopped at a look-up a draft does not make: ${preview.stoppedAt}` : `${preview.wire.length} request(s) would be sent.`];
	if (preview.card.guard?.blocked) {
		throw new ToolInputError(`Refused: ${preview.card.guard.hits.filter((h) => h.kind === "secret").map((h) => h.reason).join("; ")}. Remove it from the parameters; nothing was written.`);
	}
	if (input.dryRun) {
		return { text: `Dry run: nothing was written.\n${what.filter(Boolean).join("\n")}`, data: { dry_run: true, written: false, action: handler.action, card, wire, note: preview.note } };
	}
	const path = await createRequestNote(deps, request);
	return {
		text: `Wrote ${path} (request ${id}) for the owner to approve or reject. It runs only after the owner's approval.\n${what.filter(Boolean).join("\n")}`,
		data: { dry_run: false, written: true, id, path, action: handler.action, card, wire },
		target: path,
	};
}

export function draftTools(ctx: McpContext): McpTool[] {
	return ctx.registry.actions().map((action) => {
		const handler = ctx.registry.handler(action)!;
		return {
			name: draftToolName(action),
			title: `Draft ${action}`,
			description: `Drafts a ${action} request for the owner's approval. With dry_run true (the default) it writes nothing and returns what the owner's approval card would say and the exact requests that would be sent (secrets redacted). With dry_run false it writes the request note into Pending_Approval/, marked as written by you. It never approves or executes.`,
			inputSchema: {
				type: "object",
				properties: {
					params: paramsJsonSchema(handler),
					dry_run: { type: "boolean", default: true, description: "true: preview only, nothing written; false: write the request note for the owner." },
					title: { type: "string", description: "The note's heading (default: the action's summary)." },
					note: { type: "string", description: "Text under the card: why this is proposed, for the owner." },
					source: { type: "string", description: "The note this answers, e.g. Needs_Action/EMAIL_….md." },
					expires: { type: "string", description: "When the request lapses if not approved, e.g. 2026-12-31T17:00:00Z." },
				},
				required: ["params"],
				additionalProperties: false,
			},
			run: (args, call) => runDraft(ctx, handler, readDraftInput(args), call),
		};
	});
}
