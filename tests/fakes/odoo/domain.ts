// Evaluates Odoo domains on plain records: prefix '&' '|' '!', implicit AND, and the operators the connector uses.

export type Rec = Record<string, unknown> & { id: number };

/** How a record's field reads for comparison: many2one stored as id, so `['partner_id', '=', 7]` compares ids. */
function fieldValue(rec: Rec, field: string): unknown {
	const v = rec[field];
	return v === undefined ? false : v;
}

function likeToRegex(pattern: string, anchored: boolean, caseInsensitive: boolean): RegExp {
	// SQL LIKE: % any run, _ one char, backslash escapes; Odoo's plain 'ilike' wraps the value in %…%.
	let re = "";
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i] ?? "";
		if (c === "\\" && i + 1 < pattern.length) re += (pattern[++i] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		else if (c === "%") re += ".*";
		else if (c === "_") re += ".";
		else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	}
	return new RegExp(anchored ? `^${re}$` : re, caseInsensitive ? "is" : "s");
}

function compare(a: unknown, op: string, b: unknown): boolean {
	switch (op) {
		case "=":
			return a === b || (b === false && (a === null || a === "")) || (Array.isArray(b) && b.length === 0 && a === false);
		case "!=":
			return !compare(a, "=", b);
		case "in":
			return Array.isArray(b) && b.some((x) => compare(a, "=", x));
		case "not in":
			return !compare(a, "in", b);
		case ">":
		case ">=":
		case "<":
		case "<=": {
			if (a === false || a === null || b === false) return false;
			const x = a as string | number;
			const y = b as string | number;
			return op === ">" ? x > y : op === ">=" ? x >= y : op === "<" ? x < y : x <= y;
		}
		case "ilike":
		case "not ilike":
		case "like":
		case "=ilike":
		case "=like": {
			if (typeof b !== "string") return false;
			const s = typeof a === "string" ? a : "";
			const hit = likeToRegex(b, op.startsWith("="), op.includes("ilike")).test(s);
			return op === "not ilike" ? !hit : a !== false && hit;
		}
		default:
			throw new Error(`Invalid leaf operator ${JSON.stringify(op)}`);
	}
}

const OPERATORS = new Set(["=", "!=", "in", "not in", ">", ">=", "<", "<=", "ilike", "not ilike", "like", "=ilike", "=like"]);

/** A value as Python's repr() writes it, for Odoo's own error messages: ('name', 'bogus', 'x'). */
export function pyRepr(v: unknown): string {
	if (typeof v === "string") return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
	if (v === true) return "True";
	if (v === false) return "False";
	if (v === null || v === undefined) return "None";
	if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
	return typeof v === "number" ? String(v) : JSON.stringify(v);
}

/** True when `rec` matches `domain` (Odoo semantics: a list of terms, implicitly AND-ed, operators in prefix form). */
export function matches(rec: Rec, domain: unknown[]): boolean {
	const stack: boolean[] = [];
	// Walk backwards so prefix operators find their operands on the stack; what is left is AND-ed.
	for (let i = domain.length - 1; i >= 0; i--) {
		const term = domain[i];
		if (term === "&" || term === "|") {
			const a = stack.pop() ?? true;
			const b = stack.pop() ?? true;
			stack.push(term === "&" ? a && b : a || b);
		} else if (term === "!") {
			stack.push(!(stack.pop() ?? true));
		} else if (Array.isArray(term) && term.length === 3) {
			const [field, op, value] = term as [unknown, string, unknown];
			// Odoo 17 checks every leaf before running the query: ValueError "Invalid leaf ('name', 'bogus', 'x')".
			if (!OPERATORS.has(op)) throw new Error(`Invalid leaf (${term.map(pyRepr).join(", ")})`);
			if (field === 1 || field === 0) stack.push(compare(field, op, value));
			else stack.push(compare(fieldValue(rec, String(field)), op, value));
		} else {
			throw new Error(`Invalid domain term ${JSON.stringify(term)}`);
		}
	}
	return stack.every(Boolean);
}
