// Reads a tool call's arguments: each helper names the field and what is allowed, so an agent can fix its call.
import { ToolInputError } from "./tool";

export function optString(args: Record<string, unknown>, name: string): string | undefined {
	const v = args[name];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== "string") throw new ToolInputError(`${name} must be a string (got ${typeof v}).`);
	return v;
}

export function reqString(args: Record<string, unknown>, name: string): string {
	const v = optString(args, name);
	if (v === undefined || v.trim() === "") throw new ToolInputError(`${name} is required: give a non-empty string.`);
	return v;
}

export function optInt(args: Record<string, unknown>, name: string, min: number, max: number, fallback: number): number {
	const v = args[name];
	if (v === undefined || v === null) return fallback;
	if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw new ToolInputError(`${name} must be a whole number from ${min} to ${max}.`);
	return v;
}

export function optBool(args: Record<string, unknown>, name: string, fallback: boolean): boolean {
	const v = args[name];
	if (v === undefined || v === null) return fallback;
	if (typeof v !== "boolean") throw new ToolInputError(`${name} must be true or false.`);
	return v;
}

export function optEnum<T extends string>(args: Record<string, unknown>, name: string, allowed: readonly T[], fallback: T): T {
	const v = args[name];
	if (v === undefined || v === null) return fallback;
	if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) throw new ToolInputError(`${name} must be one of ${allowed.join(", ")}.`);
	return v as T;
}

/** A YYYY-MM-DD date, checked to be a real day. */
export function optDate(args: Record<string, unknown>, name: string): string | undefined {
	const v = optString(args, name);
	if (v === undefined) return undefined;
	const d = new Date(`${v}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw new ToolInputError(`${name} must be a date written YYYY-MM-DD (got "${v}").`);
	return v;
}

/** Refuses properties the tool does not know, so a typo is not silently ignored. */
export function onlyKnown(args: Record<string, unknown>, known: readonly string[]): void {
	const unknown = Object.keys(args).filter((k) => !known.includes(k));
	if (unknown.length > 0) throw new ToolInputError(`Unknown argument${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; this tool takes ${known.join(", ")}.`);
}
