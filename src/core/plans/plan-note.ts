// A plan's text: objective, steps as checkboxes (which need approval), and the request notes it waits on.
import { writeNote } from "../requests/frontmatter";
import type { YamlCodec } from "../ports";
import { stem } from "../util/paths";

export const REQUESTS_START = "<!-- ai-employee:requests -->";
export const REQUESTS_END = "<!-- /ai-employee:requests -->";

export interface PlanItem {
	path: string;
	data: Record<string, unknown>;
}

export interface LinkedRequest {
	path: string;
	id: string;
	action: string;
	status: string;
	/** True when the request "completed" in dry run: previewed, nothing sent. */
	dryRun: boolean;
	title: string;
}

function str(v: unknown): string {
	return typeof v === "string" ? v : "";
}

/** What the item asks for, in one sentence, and the steps only the owner can do. */
export function objectiveAndSteps(item: PlanItem): { objective: string; steps: string[] } {
	const d = item.data;
	if (d["type"] === "email") {
		const who = str(d["from"]) || "someone";
		const subject = str(d["subject"]) || "(no subject)";
		if (d["invoice"] === "drafted") return { objective: `Invoice ${who} as their email "${subject}" asks.`, steps: [] };
		if (d["invoice"] === "needs_clarification") {
			return { objective: `Invoice ${who} as their email "${subject}" asks, once the missing facts are known.`, steps: ["Ask the sender for what is missing (see the email's \"Needs clarification\")", "Draft the invoice once you have the facts (needs approval)"] };
		}
		return { objective: `Handle the email from ${who}: "${subject}".`, steps: ["Read the email and decide what it needs (a reply, a task, or nothing)"] };
	}
	if (d["type"] === "whatsapp") {
		const from = d["from"];
		const who = str(d["from_name"]) || (typeof from === "string" || typeof from === "number" ? `+${from}` : "a customer");
		return { objective: `Answer ${who} on WhatsApp.`, steps: ["Read the message and write a reply (the Draft a WhatsApp reply command, or an agent's draft)"] };
	}
	if (d["type"] === "file") return { objective: `Deal with the file ${str(d["name"])} dropped into the Inbox.`, steps: ["Look at the file and file it, or act on it"] };
	return { objective: `Handle ${stem(item.path)}.`, steps: ["Decide what this item needs and do it"] };
}

/** Done only when the action really ran: a dry-run result sent nothing, so its step stays open. */
function requestLine(r: LinkedRequest): string {
	const done = r.status === "completed" && !r.dryRun;
	const state =
		r.status === "pending"
			? "waiting for your approval"
			: r.status === "approved" || r.status === "executing"
				? "approved, running"
				: r.status === "completed"
					? r.dryRun
						? "dry run only, nothing was sent: turn dry run off and press Retry on the request to run it"
						: "done"
					: `${r.status}: decide what to do next`;
	return `- [${done ? "x" : " "}] Approve and run [[${stem(r.path)}|${r.title}]] (${r.action}, needs approval) — ${state}`;
}

export function requestsBlock(requests: LinkedRequest[]): string {
	const lines = requests.length > 0 ? requests.map(requestLine) : [];
	return [REQUESTS_START, ...lines, REQUESTS_END].join("\n");
}

export function renderPlan(item: PlanItem, requests: LinkedRequest[], yaml: YamlCodec, createdIso: string): string {
	const { objective, steps } = objectiveAndSteps(item);
	const fm = { type: "plan", item: `[[${stem(item.path)}]]`, status: "open", created: createdIso };
	const body = [`# Plan: ${stem(item.path)}`, "", `**Objective:** ${objective}`, "", "## Steps", "", ...steps.map((s) => `- [ ] ${s}`), requestsBlock(requests), ""].join("\n");
	return writeNote(fm, body, yaml);
}

/** Replaces the plugin-owned request lines; the owner's own lines and ticks stay as they are. */
export function withRequests(body: string, requests: LinkedRequest[]): string {
	const a = body.indexOf(REQUESTS_START);
	const b = body.indexOf(REQUESTS_END);
	if (a < 0 || b < a) return `${body.trimEnd()}\n${requestsBlock(requests)}\n`;
	return body.slice(0, a) + requestsBlock(requests) + body.slice(b + REQUESTS_END.length);
}

/** Done when it has at least one step and every checkbox is ticked. */
export function isPlanDone(body: string): boolean {
	const boxes = body.match(/^\s*- \[[ xX]\]/gm) ?? [];
	return boxes.length > 0 && !/^\s*- \[ \]/m.test(body);
}
