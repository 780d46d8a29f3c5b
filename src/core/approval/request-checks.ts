// Checks shared by approval and execution: the note parses, the action is known, its params are valid, it has not expired.
import type { ActionHandler } from "../executor/connector";
import { parseRequestNote, describeIssues, type ParsedRequest } from "../requests/parse-request";
import type { VaultNotes, ConnectorLookup } from "../engine-ports";
import { isInside } from "../util/paths";
import { forgetOversize, knownOversize, rememberOversize } from "../requests/oversize-notes";

/** Statuses only the executor writes, after a note left Pending_Approval: found there, they are forged or stale. */
const NOT_PENDING = new Set(["executing", "completed", "failed"]);

export type Checked =
	| { ok: true; request: ParsedRequest; handler: ActionHandler<unknown>; params: unknown }
	| { ok: false; error: string; request?: ParsedRequest; isRequest: boolean };

export async function loadRequest(deps: VaultNotes & ConnectorLookup, path: string): Promise<Checked> {
	// A note refused for its size is not read again until it changes: a multi-megabyte frontmatter costs one read.
	const stat = await deps.vault.stat(path);
	const oversize = knownOversize(deps.vault, path, stat);
	if (oversize !== null) return { ok: false, error: oversize, isRequest: true };
	const text = await deps.vault.read(path);
	if (text === null) return { ok: false, error: `The note ${path} no longer exists (already handled?).`, isRequest: false };
	const parsed = parseRequestNote(path, text, deps.yaml);
	if (!parsed.ok) {
		if (parsed.tooLarge) rememberOversize(deps.vault, path, stat, parsed.error);
		else forgetOversize(deps.vault, path);
		return { ok: false, error: parsed.error, isRequest: parsed.isRequest };
	}
	forgetOversize(deps.vault, path);
	const request = parsed.request;
	const status = request.envelope.status;
	if (NOT_PENDING.has(status) && isInside(path, deps.layout().folder("Pending_Approval"))) {
		return {
			ok: false,
			request,
			isRequest: true,
			error: `The note says status: ${status}, but it is in Pending_Approval, where only pending requests wait; only the executor sets "${status}", in Approved. Set status: pending to ask for approval, or delete the note.`,
		};
	}
	const handler = deps.registry.handler(request.envelope.action);
	if (!handler) {
		const known = deps.registry.actions();
		return {
			ok: false,
			request,
			isRequest: true,
			error: `Unknown action "${request.envelope.action}". ${known.length ? `Known actions: ${known.join(", ")}.` : "No connector is set up yet."}`,
		};
	}
	const params = handler.params.safeParse(request.envelope.params);
	if (!params.success) return { ok: false, request, isRequest: true, error: `Invalid parameters for ${request.envelope.action}: ${describeIssues(params.error.issues)}.` };
	return { ok: true, request, handler, params: params.data };
}

export function isExpired(request: ParsedRequest, now: number): boolean {
	const e = request.envelope.expires;
	if (!e) return false;
	const at = Date.parse(e);
	return !Number.isNaN(at) && at <= now;
}
