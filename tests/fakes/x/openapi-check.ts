// Checks a JSON value against a schema from X's own OpenAPI document (the subset of JSON Schema that document uses).
import { readFileSync } from "node:fs";

type Schema = Record<string, unknown>;

export const X_OPENAPI_PATH = "/work/shared/contracts/x-api-v2-openapi.json";

let doc: { components: { schemas: Record<string, Schema> } } | null = null;

function load(): { components: { schemas: Record<string, Schema> } } {
	doc ??= JSON.parse(readFileSync(X_OPENAPI_PATH, "utf8")) as { components: { schemas: Record<string, Schema> } };
	return doc;
}

export function xSchema(name: string): Schema {
	const s = load().components.schemas[name];
	if (!s) throw new Error(`No schema ${name} in X's OpenAPI document`);
	return s;
}

function resolve(s: Schema): Schema {
	const ref = s.$ref;
	return typeof ref === "string" ? xSchema(ref.replace("#/components/schemas/", "")) : s;
}

/** Problems found, each as "path: what" (empty when the value fits). */
export function validate(value: unknown, schema: Schema, path = "$"): string[] {
	const s = resolve(schema);
	const out: string[] = [];
	const type = s.type as string | undefined;
	if (type === "object") {
		if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path}: must be an object`];
		const obj = value as Record<string, unknown>;
		const props = (s.properties ?? {}) as Record<string, Schema>;
		for (const req of (s.required ?? []) as string[]) if (!(req in obj)) out.push(`${path}.${req}: is required`);
		for (const [k, v] of Object.entries(obj)) {
			if (props[k]) out.push(...validate(v, props[k], `${path}.${k}`));
			else if (s.additionalProperties === false) out.push(`${path}.${k}: is not allowed (additionalProperties: false)`);
		}
	} else if (type === "array") {
		if (!Array.isArray(value)) return [`${path}: must be an array`];
		if (typeof s.minItems === "number" && value.length < s.minItems) out.push(`${path}: fewer than ${s.minItems} items`);
		if (typeof s.maxItems === "number" && value.length > s.maxItems) out.push(`${path}: more than ${s.maxItems} items`);
		value.forEach((v, i) => s.items && out.push(...validate(v, s.items as Schema, `${path}[${i}]`)));
	} else if (type === "string") {
		if (typeof value !== "string") return [`${path}: must be a string`];
		if (typeof s.pattern === "string" && !new RegExp(s.pattern).test(value)) out.push(`${path}: does not match ${s.pattern}`);
		if (Array.isArray(s.enum) && !s.enum.includes(value)) out.push(`${path}: not one of ${s.enum.join(", ")}`);
		if (typeof s.minLength === "number" && value.length < s.minLength) out.push(`${path}: shorter than ${s.minLength}`);
		if (typeof s.maxLength === "number" && value.length > s.maxLength) out.push(`${path}: longer than ${s.maxLength}`);
	} else if (type === "integer" || type === "number") {
		if (typeof value !== "number" || (type === "integer" && !Number.isInteger(value))) return [`${path}: must be an ${type}`];
		if (typeof s.minimum === "number" && value < s.minimum) out.push(`${path}: below ${s.minimum}`);
		if (typeof s.maximum === "number" && value > s.maximum) out.push(`${path}: above ${s.maximum}`);
	} else if (type === "boolean" && typeof value !== "boolean") out.push(`${path}: must be a boolean`);
	return out;
}
