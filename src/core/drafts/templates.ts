// The owner's post templates (AI_Employee/Post_Templates.md): one "## kind" heading per event kind, one template per bullet.
import type { EventKind } from "./types";

export const TEMPLATES_FILE = "Post_Templates.md";

/** The placeholders each kind of event can fill. Anything else in braces is an error, shown with its line. */
export const PLACEHOLDERS: Record<EventKind, readonly string[]> = {
	project: ["project", "client"],
	milestone: ["milestone", "project"],
	invoice_paid: ["client", "amount", "invoice"],
	goal: ["goal"],
};

const KIND_HEADINGS: Record<string, EventKind> = { project: "project", projects: "project", milestone: "milestone", milestones: "milestone", invoice_paid: "invoice_paid", "invoice paid": "invoice_paid", "invoices paid": "invoice_paid", goal: "goal", goals: "goal" };

export interface Template {
	kind: EventKind;
	text: string;
	line: number;
}

export interface TemplateProblem {
	line: number;
	message: string;
}

export interface TemplateSet {
	templates: Template[];
	problems: TemplateProblem[];
}

export function parseTemplates(text: string | null): TemplateSet {
	const out: TemplateSet = { templates: [], problems: [] };
	if (text === null) return out;
	let kind: EventKind | null = null;
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		const heading = /^#{2,6}\s+(.*)$/.exec(raw);
		if (heading) {
			kind = KIND_HEADINGS[(heading[1] ?? "").trim().toLowerCase()] ?? null;
			return;
		}
		const item = /^\s*[-*+]\s+(.*)$/.exec(raw);
		if (!item || kind === null) return;
		const body = (item[1] ?? "").trim();
		if (body === "") return;
		const allowed = PLACEHOLDERS[kind];
		for (const m of body.matchAll(/\{([^{}]*)\}/g)) {
			const name = (m[1] ?? "").trim();
			if (!allowed.includes(name)) out.problems.push({ line, message: `unknown placeholder {${name}} in a ${kind.replace("_", " ")} template; use ${allowed.map((a) => `{${a}}`).join(", ")}` });
		}
		if (!out.problems.some((p) => p.line === line)) out.templates.push({ kind, text: body, line });
	});
	return out;
}

/** Fills a template; a placeholder the event has no value for makes the template unusable for it (null). */
export function fill(template: string, values: Record<string, string>): string | null {
	let missing = false;
	const text = template.replace(/\{([^{}]*)\}/g, (_m, name: string) => {
		const v = values[name.trim()];
		if (v === undefined || v === "") missing = true;
		return v ?? "";
	});
	return missing ? null : text;
}
