// What the client needs from a wire protocol (XML-RPC up to 21, JSON-2 from 19): the version, the own uid, one call.
import * as z from "zod/mini";

export interface ServerVersion {
	/** 17 for "17.0", 18 for "saas~18.4". */
	major: number;
	/** As Odoo spells it: "17.0", "saas~18.4", "19.0+e". */
	label: string;
}

export interface CallSpec {
	/** Record ids for methods on records (read, write, action_post…). */
	ids?: number[];
	/** Named parameters, spelled as in Python (domain, fields, vals_list…). */
	named?: Record<string, unknown>;
	context?: Record<string, unknown>;
}

/** Reads may be retried; writes are sent once and, in dry run, answered by `simulate` with what Odoo would return. */
export type CallMode = { kind: "read" } | { kind: "write"; simulate: () => unknown };

export const READ: CallMode = { kind: "read" };

export interface OdooProtocol {
	readonly name: "xmlrpc" | "json2";
	version(): Promise<ServerVersion>;
	/** The uid the key belongs to; fails with an auth error when Odoo refuses the key. */
	uid(): Promise<number>;
	call(model: string, method: string, spec: CallSpec, mode: CallMode): Promise<unknown>;
}

/** "17.0" → 17, "saas~18.4" → 18; null when there is no number to read. */
export function majorOf(label: string): number | null {
	const m = /(\d+)\.\d+/.exec(label) ?? /(\d+)/.exec(label);
	return m?.[1] ? parseInt(m[1], 10) : null;
}

export const versionInfoSchema = z.array(z.union([z.number(), z.string()]));
