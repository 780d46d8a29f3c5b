// The status bar item ("AI Employee · 3 pending · dry run"); a click opens the status view.
import type { Plugin } from "obsidian";
import { statusBarText } from "../core/status/words";
import type { StatusContext } from "./status-view";

const REDRAW_MS = 250;

export class StatusBarItem {
	private readonly el: HTMLElement;
	private unsubscribe: (() => void) | null = null;
	private timer: number | null = null;

	constructor(plugin: Plugin, onClick: () => void) {
		this.el = plugin.addStatusBarItem();
		this.el.addClass("ai-employee-status-bar", "mod-clickable");
		this.el.setAttr("aria-label", "Open AI Employee status");
		this.el.setText("AI Employee · starting");
		plugin.registerDomEvent(this.el, "click", onClick);
		plugin.register(() => this.disconnect());
	}

	connect(ctx: StatusContext): void {
		this.disconnect();
		const draw = () => {
			this.timer = null;
			const s = ctx.status.snapshot();
			this.el.setText(statusBarText(s));
			this.el.toggleClass("is-live", !s.dryRun);
			this.el.toggleClass("has-pending", s.pending.length > 0);
		};
		this.unsubscribe = ctx.status.subscribe(() => {
			if (this.timer === null) this.timer = window.setTimeout(draw, REDRAW_MS);
		});
		draw();
	}

	disconnect(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
