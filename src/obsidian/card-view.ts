// Draws an approval card from its model with Obsidian's DOM helpers (no innerHTML); styles live in styles.css.
import type { CardButton, CardGuard, CardModel } from "../core/approval/card-model";
import { REVEALED_CONTROL } from "../core/guard/normalize";

export interface CardActions {
	onButton(button: CardButton, reason?: string): void;
}

const STATE_LABEL: Record<CardModel["state"], string> = {
	invalid: "Invalid",
	pending: "Waiting for approval",
	approved: "Approved",
	executing: "Executing",
	completed: "Completed",
	failed: "Failed",
	rejected: "Rejected",
};

const BUTTON_LABEL: Record<CardButton, string> = { approve: "Approve", reject: "Reject", retry: "Retry" };

export function renderCard(el: HTMLElement, model: CardModel, actions: CardActions): void {
	el.empty();
	const card = el.createDiv({ cls: ["ai-employee-card", `is-${model.state}`, ...(model.live ? ["is-live"] : [])] });
	drawHeader(card, model);
	appendShown(card.createEl("p", { cls: "ai-employee-card-summary" }), model.summary);
	if (model.lines.length > 0) drawLines(card, model);
	if (model.text) {
		const preview = card.createDiv({ cls: "ai-employee-card-preview" });
		drawPreviewText(preview.createDiv({ cls: "ai-employee-card-preview-text" }), model.text.content, model.guard?.highlights ?? []);
		preview.createDiv({ cls: "ai-employee-card-count", text: `${model.text.characters} characters` });
	}
	if (model.guard) drawGuard(card, model.guard);
	drawNotes(card, model);
	if (model.notice) {
		const n = card.createDiv({ cls: ["ai-employee-card-notice", `is-${model.notice.kind}`] });
		n.createDiv({ text: model.notice.message });
		if (model.notice.suggestion) n.createDiv({ cls: "ai-employee-card-suggestion", text: model.notice.suggestion });
	}
	if (model.result) drawResult(card, model.result);
	if (model.buttons.length > 0) drawButtons(card, model.buttons, actions);
}

/** The title with the state, and whether approving previews (dry run) or sends (live). */
function drawHeader(card: HTMLElement, model: CardModel): void {
	const header = card.createDiv({ cls: "ai-employee-card-header" });
	header.createSpan({ cls: "ai-employee-card-title", text: model.title });
	header.createSpan({ cls: ["ai-employee-badge", `is-${model.state}`], text: STATE_LABEL[model.state] });
	if (model.dryRun) header.createSpan({ cls: ["ai-employee-badge", "is-dry-run"], text: "Dry run" });
	else if (model.live) header.createSpan({ cls: ["ai-employee-badge", "is-live"], text: "Live" });
}

/** What the request says, one label and value per line. */
function drawLines(card: HTMLElement, model: CardModel): void {
	const dl = card.createEl("dl", { cls: "ai-employee-card-lines" });
	for (const line of model.lines) {
		dl.createEl("dt", { text: line.label });
		// Each value isolated: a right-to-left name cannot pull the amount next to it into another order.
		const dd = dl.createEl("dd");
		appendShown(dd.createEl("bdi"), line.value);
		drawSource(dd, model.sources.find((x) => x.label === line.label)?.sentence);
	}
}

/** Warnings, the policy that applies, who wrote the request, and what approving will do. */
function drawNotes(card: HTMLElement, model: CardModel): void {
	if (model.warnings.length > 0) {
		const box = card.createDiv({ cls: "ai-employee-card-warnings" });
		for (const w of model.warnings) box.createDiv({ cls: "ai-employee-card-warning", text: w });
	}
	if (model.policy) card.createEl("p", { cls: "ai-employee-card-policy", text: model.policy });
	if (model.provenance) card.createEl("p", { cls: ["ai-employee-card-provenance", model.untrusted ? "is-untrusted" : "is-trusted"], text: model.provenance });
	if (model.dryRun && (model.state === "pending" || model.state === "approved")) {
		card.createEl("p", { cls: "ai-employee-card-dry-run", text: "Approving only previews the exact request; nothing is sent." });
	} else if (model.live && model.state === "pending" && model.buttons.includes("approve")) {
		card.createEl("p", { cls: "ai-employee-card-live", text: "Live: approving sends this for real, once." });
	}
}

/** What the run did: its summary, a link to the record, its fields, and in dry run the request it would have sent. */
function drawResult(card: HTMLElement, result: NonNullable<CardModel["result"]>): void {
	const r = card.createDiv({ cls: "ai-employee-card-result" });
	r.createDiv({ text: result.summary });
	if (result.url) r.createEl("a", { text: "Open the record", href: result.url });
	if (result.fields) {
		const dl = r.createEl("dl", { cls: "ai-employee-card-lines" });
		for (const [k, v] of Object.entries(result.fields)) {
			dl.createEl("dt", { text: k });
			dl.createEl("dd", { text: String(v) });
		}
	}
	if (result.wirePreview) {
		const details = r.createEl("details");
		details.createEl("summary", { text: "Request that would have been sent" });
		details.createEl("pre", { text: result.wirePreview });
	}
}

/** The decision buttons (one click disables them all), then the optional reason for rejecting. */
function drawButtons(card: HTMLElement, choices: CardButton[], actions: CardActions): void {
	const row = card.createDiv({ cls: "ai-employee-card-buttons" });
	const buttons: HTMLButtonElement[] = [];
	for (const b of choices) {
		const btn = row.createEl("button", { text: BUTTON_LABEL[b], cls: b === "approve" ? "mod-cta" : b === "reject" ? "mod-warning" : "" });
		buttons.push(btn);
		btn.addEventListener("click", () => {
			buttons.forEach((x) => (x.disabled = true));
			actions.onButton(b, b === "reject" ? reasonInput?.value ?? "" : undefined);
		});
	}
	// The reason box follows the buttons: the decision first, then an optional word on why.
	const reasonInput = choices.includes("reject")
		? row.createEl("input", { type: "text", cls: "ai-employee-card-reason", attr: { placeholder: "Reason for rejecting (optional)", "aria-label": "Reason for rejecting" } })
		: null;
}

/** The email's own sentence a line was read from, quoted under it, so the owner checks the line against the words. */
function drawSource(dd: HTMLElement, sentence: string | undefined): void {
	if (sentence === undefined) return;
	const q = dd.createEl("blockquote", { cls: "ai-employee-card-source", attr: { "aria-label": "From the email" } });
	appendShown(q.createEl("bdi"), `“${sentence}”`);
}

/** Text with each revealed invisible character (⟨U+202E⟩) set apart, so it reads as a marker, not as the text. */
function appendShown(el: HTMLElement, text: string): void {
	let at = 0;
	for (const m of text.matchAll(REVEALED_CONTROL)) {
		if (m.index > at) el.appendText(text.slice(at, m.index));
		el.createSpan({ cls: "ai-employee-control-char", text: m[0], attr: { title: "An invisible character that changes how the text reads" } });
		at = m.index + m[0].length;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

/** The preview with each guarded stretch marked, so the owner sees exactly what to edit. */
function drawPreviewText(el: HTMLElement, text: string, marks: CardGuard["highlights"]): void {
	let at = 0;
	for (const m of [...marks].sort((a, b) => a.start - b.start)) {
		if (m.start < at) continue;
		if (m.start > at) appendShown(el, text.slice(at, m.start));
		el.createEl("mark", { cls: ["ai-employee-guard-mark", `is-${m.kind}`], text: text.slice(m.start, m.end), attr: { title: m.reason } });
		at = m.end;
	}
	if (at < text.length) appendShown(el, text.slice(at));
}

const GUARD_KIND_LABEL: Record<CardGuard["hits"][number]["kind"], string> = { secret: "Secret", personal: "Personal data", internal: "Confidential", "vault-link": "Vault link", control: "Hidden characters" };

function drawGuard(card: HTMLElement, guard: CardGuard): void {
	const box = card.createDiv({ cls: ["ai-employee-guard", guard.blocked ? "is-blocked" : "is-ask"] });
	box.createDiv({ cls: "ai-employee-guard-title", text: guard.blocked ? "Sensitive content: blocked until edited" : "Sensitive content: check before approving" });
	const list = box.createEl("ul");
	for (const hit of guard.hits) {
		const li = list.createEl("li", { cls: `is-${hit.kind}` });
		li.createSpan({ cls: "ai-employee-guard-kind", text: GUARD_KIND_LABEL[hit.kind] });
		li.appendText(` ${hit.reason} in ${hit.field}`);
		// A secret is named by its kind and place only; its excerpt is just its length.
		if (hit.kind === "secret") li.appendText(` (${hit.excerpt})`);
		else {
			li.appendText(": ");
			li.createEl("code", { text: hit.excerpt });
		}
	}
}
