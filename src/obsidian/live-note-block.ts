// A code block that redraws from its note: on every save of the note, following it when it is moved (approving moves it).
import { MarkdownRenderChild, TFile, type App, type MarkdownPostProcessorContext } from "obsidian";
import type { Engine } from "../core/engine";

/** Draws the block for the note at `path`; `redraw` draws it again (after a button's work that changed nothing). */
export type BlockDrawer = (el: HTMLElement, engine: Engine, path: string, redraw: () => Promise<void>) => Promise<void>;

class LiveNoteChild extends MarkdownRenderChild {
	constructor(
		el: HTMLElement,
		private readonly app: App,
		private readonly engine: () => Engine | null,
		private path: string,
		private readonly cls: string,
		private readonly draw: BlockDrawer,
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
			this.containerEl.createDiv({ cls: this.cls, text: "AI Employee is starting…" });
			return;
		}
		await this.draw(this.containerEl, engine, this.path, () => this.refresh());
	}
}

/** The processor to register for a block language. */
export function liveNoteBlock(app: App, engine: () => Engine | null, cls: string, draw: BlockDrawer) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new LiveNoteChild(el, app, engine, ctx.sourcePath, cls, draw));
	};
}
