// Hides secrets wherever the plugin shows or records a text: the card, notices, the status view and the audit log.
import type { ActionDescription, ActionHandler } from "../executor/connector";
import { SECRET_RULES } from "./rules";
import { MIN_SECRET_LENGTH, SECRET_HINT } from "./secret-rules";
import { scanFields } from "./scan";
import type { SecretValue } from "./types";

/** The shortest text any secret rule can match ("pwd:abcd"); shorter strings are returned untouched, cheaply. */
const SHORTEST = 8;
/** Printable ASCII without "%" (which may percent-encode a key). */
const PLAIN = /^[\t\n\r -$&-~]*$/;

/** The text with each secret (a key format, a password, or the value of a secret the plugin holds) replaced by its kind. */
export function concealText(text: string, values: readonly SecretValue[] = []): string {
	if (text.length < SHORTEST) return text;
	// Plain ASCII is its own normal form, so a text with no hint of a secret and none of the values needs no scan.
	if (PLAIN.test(text) && !SECRET_HINT.test(text) && !values.some((v) => v.value.length >= MIN_SECRET_LENGTH && text.includes(v.value))) return text;
	const report = scanFields([{ label: "", text, content: false }], { confidential: [], ownAddresses: [], secretValues: values }, SECRET_RULES);
	const ranges = report.hits
		.filter((h) => h.kind === "secret")
		.map((h) => ({ start: h.start, end: h.end, name: h.reason.replace(/^it contains /, "").replace(/ \(percent-encoded\)$/, "") }))
		.sort((a, b) => a.start - b.start);
	if (ranges.length === 0) return text;
	let out = "";
	let at = 0;
	for (const r of ranges) {
		if (r.start < at) {
			at = Math.max(at, r.end);
			continue;
		}
		out += text.slice(at, r.start) + `[hidden: ${r.name}]`;
		at = r.end;
	}
	return out + text.slice(at);
}

/** Every string inside a value (any depth, any key) concealed; keys and other values kept. */
export function concealDeep(value: unknown, values: readonly SecretValue[] = [], depth = 0): unknown {
	if (typeof value === "string") return concealText(value, values);
	// Nothing deeper is shown or logged as is: it might hold a string this walk did not reach.
	if (depth > 12) return "[truncated]";
	if (Array.isArray(value)) return value.map((v) => concealDeep(v, values, depth + 1));
	if (typeof value === "object" && value !== null && !(value instanceof Date)) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = concealDeep(v, values, depth + 1);
		return out;
	}
	return value;
}

/**
 * The handler's description of a request with its secrets hidden. The params are concealed before `describe` runs,
 * so a summary that shortens the text ("Publish: "Keys: AKIA…") cannot keep the first half of a key.
 */
export function describeConcealed<P>(handler: ActionHandler<P>, params: P, values: readonly SecretValue[] = []): ActionDescription {
	let d: ActionDescription;
	try {
		d = handler.describe(concealDeep(params, values) as P);
	} catch {
		d = handler.describe(params);
	}
	return {
		summary: concealText(d.summary, values),
		lines: d.lines.map((l) => ({ label: l.label, value: concealText(l.value, values) })),
		...(d.text !== undefined ? { text: concealText(d.text, values) } : {}),
	};
}
