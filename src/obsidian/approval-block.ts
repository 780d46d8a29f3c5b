// The `ai-employee-approval` code block: a live card that re-renders when its note changes.
import { MarkdownRenderChild, TFile, type App, type MarkdownPostProcessorContext } from "obsidian";
import { buildCard } from "../core/approval/card-model";
import type { Engine } from "../core/engine";
import { renderCard } from "./card-view";

class ApprovalCardChild extends MarkdownRenderChild {
	constructor(
		el: HTMLElement,
		private readonly app: App,
		private readonly engine: () => Engine | null,
		private path: string,
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
		// Approving moves the note; follow it so the card keeps showing its progress.
		this.registerEvent(
			this.app.vault.on("rename", (f, oldPath) => {
				if (oldPath === this.path) {
					this.path = f.path;
					void this.refresh();
				}
			}),
		);
	}

	async refresh(): Promise<void> {
		const engine = this.engine();
		if (!engine) {
			this.containerEl.empty();
			this.containerEl.createDiv({ cls: "ai-employee-card", text: "AI Employee is starting…" });
			return;
		}
		const model = await buildCard(engine.deps, engine.workflow.approvals, this.path);
		renderCard(this.containerEl, model, {
			onButton: (button, reason) => {
				void (async () => {
					const approvals = engine.workflow.approvals;
					const outcome =
						button === "approve" ? await approvals.approve(this.path) : button === "reject" ? await approvals.reject(this.path, reason ?? "") : await approvals.retry(this.path);
					engine.host.notifier.notify(outcome.ok ? `AI Employee: ${outcome.message}` : `AI Employee: ${outcome.message}`, outcome.ok ? "info" : "failure");
					if (!outcome.ok) await this.refresh();
				})();
			},
		});
	}
}

export function approvalBlockProcessor(app: App, engine: () => Engine | null) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new ApprovalCardChild(el, app, engine, ctx.sourcePath));
	};
}
