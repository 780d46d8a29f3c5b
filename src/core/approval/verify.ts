// The checks an approval and an execution both make on a loaded request, in one place and one order: nothing the
// guard blocks (the text may have been edited after the card showed it clean), no open conflict, not expired.
import type { ActionHandler } from "../executor/connector";
import type { ParsedRequest } from "../requests/parse-request";
import { blockedMessage, guardRequest } from "../guard/guard";
import type { ConflictService } from "../conflicts/service";
import { invoiceKeys } from "../conflicts/invoice-state";
import type { GuardDeps } from "../guard/guard";
import { isExpired } from "./request-checks";

export type Verification = { ok: true } | { ok: false; kind: "blocked" | "conflict" | "expired"; reason: string };

export interface LoadedRequest {
	request: ParsedRequest;
	handler: ActionHandler<unknown>;
	params: unknown;
}

export async function verifyRequest(deps: GuardDeps, conflicts: ConflictService, path: string, loaded: LoadedRequest, now: number): Promise<Verification> {
	const env = loaded.request.envelope;
	const guard = await guardRequest(deps, loaded.handler, loaded.params);
	if (guard.blocked) return { ok: false, kind: "blocked", reason: blockedMessage(guard) };
	const conflict = await conflicts.gate(path, env.id, invoiceKeys(env.params));
	if (conflict) return { ok: false, kind: "conflict", reason: conflict };
	if (isExpired(loaded.request, now)) return { ok: false, kind: "expired", reason: expiredReason(env) };
	return { ok: true };
}

/** The one sentence an expired request is refused with, on the note, in the log and in the answer. */
export function expiredReason(env: { expires?: string | null }): string {
	return `Expired on ${env.expires ?? "?"} before it was executed.`;
}

/** How the log names an approval: the policy's is "auto", a click's (or an accepted file move's) "approved". */
export function approvalStatus(approvedBy: string | null | undefined): "auto" | "approved" {
	return approvedBy === "policy" ? "auto" : "approved";
}
