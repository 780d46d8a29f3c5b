// Reads a request note into a checked request, or says exactly what is wrong with it.
import type { YamlCodec } from "../ports";
import { readFrontmatter } from "./frontmatter";
import { REQUEST_TYPE, requestEnvelope, type RequestEnvelope } from "./schema";

export interface ParsedRequest {
	path: string;
	envelope: RequestEnvelope;
	/** The whole frontmatter, including fields the plugin writes back. */
	data: Record<string, unknown>;
	body: string;
}

export type RequestParse = { ok: true; request: ParsedRequest } | { ok: false; error: string; isRequest: boolean; tooLarge?: boolean };

/** Formats zod issues as "params.amount: must be a number; id: …". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
	return issues
		.slice(0, 5)
		.map((i) => (i.path.length > 0 ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
		.join("; ");
}

/** NUL bytes (or many bytes that are not UTF-8) mean a binary file saved under a note's name, not text anyone wrote. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 8192);
	if (sample.includes("\u0000")) return true;
	const replaced = sample.length - sample.replace(/\uFFFD/g, "").length;
	return replaced > 8 && replaced * 20 > sample.length;
}

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return "a list";
	if (value === null) return "empty";
	if (typeof value === "object") return "a set of keys";
	return `a ${typeof value}`;
}

/**
 * Why a frontmatter `type` that is not "approval_request" still marks a request gone wrong (a list, a number, a near
 * miss such as "Approval-Request"), or null for notes of another kind (email, plan…), which are simply not requests.
 */
function mangledType(type: unknown): string | null {
	if (type === undefined) return null;
	if (typeof type !== "string") return `type must be the text ${REQUEST_TYPE}, but it is ${kindOf(type)}.`;
	const loose = type.trim().toLowerCase().replace(/[\s-]+/g, "_");
	if (loose === REQUEST_TYPE && type !== REQUEST_TYPE) return `type must be exactly ${REQUEST_TYPE} (got "${type}").`;
	return null;
}

export function parseRequestNote(path: string, text: string, yaml: YamlCodec): RequestParse {
	if (looksBinary(text)) {
		return { ok: false, error: "The note holds binary data, not text: it cannot be a request. Write the request as a Markdown note with frontmatter, or move the file elsewhere.", isRequest: true };
	}
	const fm = readFrontmatter(text, yaml);
	if (!fm.ok) return { ok: false, error: fm.error, isRequest: fm.tooLarge === true || text.includes(REQUEST_TYPE), tooLarge: fm.tooLarge === true };
	if (fm.data.type !== REQUEST_TYPE) {
		const mangled = mangledType(fm.data.type);
		if (mangled) return { ok: false, error: `The request is malformed: ${mangled}`, isRequest: true };
		return { ok: false, error: `The note is not an approval request (type is not "${REQUEST_TYPE}").`, isRequest: false };
	}
	const result = requestEnvelope.safeParse(fm.data);
	if (!result.success) return { ok: false, error: `The request is malformed: ${describeIssues(result.error.issues)}.`, isRequest: true };
	return { ok: true, request: { path, envelope: result.data, data: fm.data, body: fm.body } };
}
