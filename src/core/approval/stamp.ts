// Approval stamps and origin marks: MACs keyed by a secret outside the vault, so nothing written into a note can forge them.
import { approvalPayload, canonicalJson, hmacHex, sameMac } from "../requests/canonical";
import type { RequestEnvelope } from "../requests/schema";

export interface ApprovalStamp {
	approved_by: string;
	approved_at: string;
	approval_rule: string;
	approval_mac: string;
}

function stampMessage(r: RequestEnvelope, by: string, at: string, rule: string): string {
	return "approval\n" + canonicalJson({ payload: approvalPayload(r), approved_by: by, approved_at: at, approval_rule: rule });
}

export async function makeStamp(r: RequestEnvelope, key: string, by: string, at: string, rule: string): Promise<ApprovalStamp> {
	return { approved_by: by, approved_at: at, approval_rule: rule, approval_mac: await hmacHex(key, stampMessage(r, by, at, rule)) };
}

export type StampCheck = { ok: true } | { ok: false; reason: string };

/** Checks a request's stamp against its current payload: any edit after approval voids it. */
export async function verifyStamp(r: RequestEnvelope, key: string): Promise<StampCheck> {
	if (!r.approval_mac || !r.approved_by || !r.approved_at) {
		return { ok: false, reason: "It has no approval stamp: it was moved or marked approved outside the approval card." };
	}
	const expected = await hmacHex(key, stampMessage(r, r.approved_by, r.approved_at, r.approval_rule ?? ""));
	if (!sameMac(expected, r.approval_mac)) {
		return { ok: false, reason: "Its approval stamp does not match its content: the request was edited after approval, or the stamp was not made by this plugin." };
	}
	return { ok: true };
}

/** What an origin mark binds: the whole request as the plugin wrote it (id, attempt, action, params with any schedule, expiry, creation time). */
export type OriginFields = Pick<RequestEnvelope, "id" | "action" | "params" | "expires" | "attempt" | "created">;

function originMessage(r: OriginFields, origin: string): string {
	return "origin.v2\n" + canonicalJson({ ...approvalPayload(r), created: r.created, origin });
}

/**
 * Marks a request the plugin itself wrote (a command by the owner, or a watcher), so its provenance can be trusted.
 * Any change to the request (a new attempt number included) voids the mark; the executor honours it for one run only.
 */
export async function makeOriginMac(r: OriginFields, key: string, origin: string): Promise<string> {
	return hmacHex(key, originMessage(r, origin));
}

export type Provenance =
	| { trusted: true; origin: string; untrustedInput: boolean }
	| { trusted: false; origin: string | null; claimed: string; untrustedInput: boolean };

/** Origins whose content comes from outside (an email, a dropped file): marked on the card, never auto-approved. */
const UNTRUSTED_INPUT_ORIGINS = /^plugin:(gmail|inbox)/;

export async function checkProvenance(r: RequestEnvelope, key: string): Promise<Provenance> {
	if (r.origin && r.origin_mac) {
		const expected = await makeOriginMac(r, key, r.origin);
		if (sameMac(expected, r.origin_mac)) return { trusted: true, origin: r.origin, untrustedInput: UNTRUSTED_INPUT_ORIGINS.test(r.origin) };
	}
	return { trusted: false, origin: r.origin ?? null, claimed: r.requested_by, untrustedInput: true };
}

/** Plain words for a provenance, for the card and the log. */
export function describeProvenance(p: Provenance): string {
	if (p.trusted) {
		const who = p.origin === "plugin:command" ? "you, through an AI Employee command" : `the plugin (${p.origin.replace(/^plugin:/, "")})`;
		return p.untrustedInput ? `Written by ${who} from outside input (untrusted content)` : `Written by ${who}`;
	}
	return `Written outside the plugin (claims to be from "${p.claimed}"): treat as untrusted`;
}
