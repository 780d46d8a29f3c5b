// The `ai-employee-decision` code block: a conflict's versions side by side, with a button to keep each one.
import type { App } from "obsidian";
import type { Engine } from "../core/engine";
import { KIND_TITLE, parseDecisionNote, type DecisionNote } from "../core/conflicts/decision-note";
import { liveNoteBlock } from "./live-note-block";
import { concealDeep } from "../core/guard/conceal";

export function renderDecision(el: HTMLElement, note: DecisionNote | null, onKeep: (index: number) => void): void {
	el.empty();
	const box = el.createDiv({ cls: "ai-employee-decision" });
	if (!note) {
		box.createDiv({ text: "This is not a decision note (its frontmatter was changed)." });
		return;
	}
	box.createDiv({ cls: "ai-employee-decision-title", text: `Needs your decision: ${KIND_TITLE[note.kind]} (${note.subject})` });
	if (note.status === "resolved") {
		const kept = note.kept !== null ? note.versions[note.kept] : undefined;
		box.createDiv({ cls: "ai-employee-decision-resolved", text: `Decided: kept ${kept?.label ?? "one version"}.` });
		return;
	}
	box.createEl("p", { text: note.explanation });
	const grid = box.createDiv({ cls: "ai-employee-decision-versions" });
	note.versions.forEach((v, i) => {
		const col = grid.createDiv({ cls: "ai-employee-decision-version" });
		col.createEl("strong", { text: `Version ${String.fromCharCode(65 + i)}` });
		col.createDiv({ text: v.label });
		col.createEl("pre", { text: v.text });
		const btn = col.createEl("button", { text: `Keep version ${String.fromCharCode(65 + i)}`, cls: "mod-cta" });
		btn.addEventListener("click", () => {
			box.querySelectorAll("button").forEach((b) => (b.disabled = true));
			onKeep(i);
		});
	});
}

export function decisionBlockProcessor(app: App, engine: () => Engine | null, started: Promise<void>) {
	return liveNoteBlock(app, engine, started, "ai-employee-decision", async (el, e, path, redraw) => {
		const text = await e.host.vault.read(path);
		const parsed = text === null ? null : parseDecisionNote(path, text, e.host.yaml);
		// The versions are request notes as written (an agent's too): secrets in them are shown by their kind only.
		const note = parsed ? (concealDeep(parsed, e.secretValues()) as DecisionNote) : null;
		renderDecision(el, note, (index) => {
			void (async () => {
				const outcome = await e.workflow.approvals.conflicts.resolve(path, index);
				// An answer to the owner's own click: shown at once and in full, never grouped, delayed or switched off.
				e.host.notifier.notify(`AI Employee: ${outcome.message}`, "info");
				// The kept version may be approved already: let the workflow pick it up now rather than at the next sweep.
				if (outcome.ok) await e.workflow.sweep();
				await redraw();
			})();
		});
	});
}
