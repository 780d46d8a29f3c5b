// A code block that redraws from its note: on every save of the note, following it when it is moved (approving moves it),
// and once the engine is up when it was first drawn before (a request note open when the app starts).
import { MarkdownRenderChild, TFile, type App, type MarkdownPostProcessorContext } from "obsidian";
import type { Engine } from "../core/engine";

/** Draws the block for the note at `path`; `redraw` draws it again (after a button's work that changed nothing). */
export type BlockDrawer = (el: HTMLElement, engine: Engine, path: string, redraw: () => Promise<void>) => Promise<void>;

class LiveNoteChild extends MarkdownRenderChild {
	constructor(
		el: HTMLElement,
		private readonly app: App,
		private readonly engine: () => Engine | null,
		private readonly started: Promise<void>,
		private path: string,
		private readonly cls: string,
		private readonly draw: BlockDrawer,
	) {
		super(el);
	}

	private loaded = false;

	override onload(): void {
		this.loaded = true;
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

	override onunload(): void {
		this.loaded = false;
	}

	async refresh(afterStart = false): Promise<void> {
		const engine = this.engine();
		if (!engine) {
			this.containerEl.empty();
			// After the start has run, no engine means it failed (its notice says why): say so rather than "starting" forever.
			this.containerEl.createDiv({ cls: this.cls, text: afterStart ? "AI Employee did not start; see its notice, then reload the plugin." : "AI Employee is starting…" });
			if (!afterStart) {
				void this.started.then(() => {
					if (this.loaded) void this.refresh(true);
				});
			}
			return;
		}
		await this.draw(this.containerEl, engine, this.path, () => this.refresh());
	}
}

/** The processor to register for a block language. */
export function liveNoteBlock(app: App, engine: () => Engine | null, started: Promise<void>, cls: string, draw: BlockDrawer) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new LiveNoteChild(el, app, engine, started, ctx.sourcePath, cls, draw));
	};
}
