// The audit log's line format: one JSON object per action taken or refused.
import { concealDeep } from "../guard/conceal";
import type { SecretValue } from "../guard/types";

export type ApprovalStatus = "pending" | "approved" | "auto" | "rejected" | "refused" | "not_required";
export type LogResult = "success" | "failure" | "refused" | "dry_run" | "info" | "started";

export interface AuditEntry {
	timestamp: string;
	action_type: string;
	actor: string;
	target: string;
	parameters: Record<string, unknown>;
	approval_status: ApprovalStatus;
	approved_by: string | null;
	result: LogResult;
	dry_run: boolean;
	correlation_id: string | null;
	error: string | null;
	/** Optional extra facts (rule that matched, device, duration…). */
	details?: Record<string, unknown>;
}

export type AuditInput = Omit<AuditEntry, "timestamp" | "approved_by" | "correlation_id" | "error" | "parameters" | "dry_run" | "approval_status"> &
	Partial<Pick<AuditEntry, "approved_by" | "correlation_id" | "error" | "parameters" | "dry_run" | "approval_status">>;

const SECRET_KEY = /(pass(word)?|secret|token|api[_-]?key|authorization|auth|cookie|private[_-]?key|client[_-]?secret|refresh)/i;

/** Replaces the values of secret-looking keys, at any depth, with "[redacted]". */
export function redact(value: unknown, depth = 0): unknown {
	if (depth > 8) return "[truncated]";
	if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
	if (typeof value === "object" && value !== null) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? "[redacted]" : redact(v, depth + 1);
		return out;
	}
	return value;
}

/**
 * The entry with every secret hidden wherever it is (target, error, parameters, details, any depth): the values of
 * the secrets this host holds, and anything the guard's secret rules recognise (keys, tokens, passwords, private keys).
 */
export function concealEntry(entry: AuditEntry, secrets: readonly SecretValue[]): AuditEntry {
	return concealDeep(entry, secrets) as AuditEntry;
}
