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

export type RequestParse = { ok: true; request: ParsedRequest } | { ok: false; error: string; isRequest: boolean };

/** Formats zod issues as "params.amount: must be a number; id: …". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
	return issues
		.slice(0, 5)
		.map((i) => (i.path.length > 0 ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
		.join("; ");
}

export function parseRequestNote(path: string, text: string, yaml: YamlCodec): RequestParse {
	const fm = readFrontmatter(text, yaml);
	if (!fm.ok) return { ok: false, error: fm.error, isRequest: text.includes(REQUEST_TYPE) };
	if (fm.data.type !== REQUEST_TYPE) return { ok: false, error: `The note is not an approval request (type is not "${REQUEST_TYPE}").`, isRequest: false };
	const result = requestEnvelope.safeParse(fm.data);
	if (!result.success) return { ok: false, error: `The request is malformed: ${describeIssues(result.error.issues)}.`, isRequest: true };
	return { ok: true, request: { path, envelope: result.data, data: fm.data, body: fm.body } };
}
