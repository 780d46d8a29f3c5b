// The `ai-employee-decision` code block: a conflict's versions side by side, with a button to keep each one.
import { MarkdownRenderChild, TFile, type App, type MarkdownPostProcessorContext } from "obsidian";
import type { Engine } from "../core/engine";
import { KIND_TITLE, parseDecisionNote, type DecisionNote } from "../core/conflicts/decision-note";

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

class DecisionChild extends MarkdownRenderChild {
	constructor(
		el: HTMLElement,
		private readonly app: App,
		private readonly engine: () => Engine | null,
		private readonly path: string,
	) {
		super(el);
	}

	override onload(): void {
		void this.refresh();
		this.registerEvent(
			this.app.vault.on("modify", (f) => {
				if (f instanceof TFile && f.path === this.path) void this.refresh();
			}),
		);
	}

	async refresh(): Promise<void> {
		const engine = this.engine();
		if (!engine) {
			this.containerEl.empty();
			this.containerEl.createDiv({ cls: "ai-employee-decision", text: "AI Employee is starting…" });
			return;
		}
		const text = await engine.host.vault.read(this.path);
		const note = text === null ? null : parseDecisionNote(this.path, text, engine.host.yaml);
		renderDecision(this.containerEl, note, (index) => {
			void (async () => {
				const outcome = await engine.workflow.approvals.conflicts.resolve(this.path, index);
				engine.host.notifier.notify(`AI Employee: ${outcome.message}`, outcome.ok ? "info" : "failure");
				// The kept version may be approved already: let the workflow pick it up now rather than at the next sweep.
				if (outcome.ok) await engine.workflow.sweep();
				await this.refresh();
			})();
		});
	}
}

export function decisionBlockProcessor(app: App, engine: () => Engine | null) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new DecisionChild(el, app, engine, ctx.sourcePath));
	};
}
