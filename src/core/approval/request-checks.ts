// Checks shared by approval and execution: the note parses, the action is known, its params are valid, it has not expired.
import type { ActionHandler } from "../executor/connector";
import { parseRequestNote, describeIssues, type ParsedRequest } from "../requests/parse-request";
import type { WorkflowDeps } from "./deps";

export type Checked =
	| { ok: true; request: ParsedRequest; handler: ActionHandler<unknown>; params: unknown }
	| { ok: false; error: string; request?: ParsedRequest; isRequest: boolean };

export async function loadRequest(deps: WorkflowDeps, path: string): Promise<Checked> {
	const text = await deps.vault.read(path);
	if (text === null) return { ok: false, error: `The note ${path} no longer exists (already handled?).`, isRequest: false };
	const parsed = parseRequestNote(path, text, deps.yaml);
	if (!parsed.ok) return { ok: false, error: parsed.error, isRequest: parsed.isRequest };
	const request = parsed.request;
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
