// The status view in the right sidebar: subscribes to the status model only while open and redraws on its events.
import { RejectModal } from "./commands";
import { ItemView, Modal, Setting, requireApiVersion, type App, type ButtonComponent, type WorkspaceLeaf } from "obsidian";
import type { StatusSnapshot } from "../core/status/types";
import { renderStatus, type StatusViewActions } from "./status-render";

export const STATUS_VIEW_TYPE = "ai-employee-status";
export const STATUS_ICON = "briefcase";

/** What the host hands the view once the engine runs. */
export interface StatusContext {
	status: { subscribe(listener: () => void): () => void; snapshot(): StatusSnapshot };
	/**
	 * Sets dry run. Going live (false) must go through the owner's settings save path (it seals the safety value);
	 * the view has already asked the owner to confirm.
	 */
	setDryRun(dryRun: boolean): Promise<void>;
	approve(path: string): Promise<void>;
	reject(path: string, reason: string): Promise<void>;
	retry(path: string): Promise<void>;
	open(path: string): Promise<void>;
	reconnect(connectorId: string): Promise<void>;
	restartWatchers(): void;
}

/** Redraws at most this often when events come in bursts. */
const REDRAW_MS = 150;

/** A red button: the 1.13 API where present, the older class otherwise. */
function destructive(b: ButtonComponent): ButtonComponent {
	if (requireApiVersion("1.13.0")) b.setDestructive();
	else b.buttonEl.addClass("mod-warning");
	return b;
}

/** Asks before going live, in words that say what changes. */
export class GoLiveModal extends Modal {
	constructor(
		app: App,
		private readonly onConfirm: () => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Turn off dry run?");
		this.contentEl.createEl("p", { text: "Approved requests will then be sent for real: invoices created in Odoo, posts published, emails sent. Requests still need your approval or one of your rules." });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				destructive(b)
					.setButtonText("Go live")
					.onClick(() => {
						this.close();
						this.onConfirm();
					}),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

export class StatusView extends ItemView {
	private unsubscribe: (() => void) | null = null;
	private timer: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: () => StatusContext | null,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return STATUS_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return "AI Employee status";
	}

	override getIcon(): string {
		return STATUS_ICON;
	}

	override onOpen(): Promise<void> {
		this.attach();
		return Promise.resolve();
	}

	override onClose(): Promise<void> {
		this.detach();
		return Promise.resolve();
	}

	/** (Re)connects to the status model: at open, and when the engine (re)starts while the view is open. */
	attach(): void {
		this.detach();
		const ctx = this.context();
		const el = this.contentEl;
		if (!ctx) {
			el.empty();
			el.createDiv({ cls: "ai-employee-status-empty", text: "AI Employee is starting…" });
			return;
		}
		this.unsubscribe = ctx.status.subscribe(() => this.schedule());
		this.draw(ctx);
	}

	private detach(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private schedule(): void {
		if (this.timer !== null) return;
		this.timer = window.setTimeout(() => {
			this.timer = null;
			const ctx = this.context();
			if (ctx) this.draw(ctx);
		}, REDRAW_MS);
	}

	private draw(ctx: StatusContext): void {
		renderStatus(this.contentEl, ctx.status.snapshot(), this.actions(ctx));
	}

	private actions(ctx: StatusContext): StatusViewActions {
		const redrawAfter = (p: Promise<unknown>) => void p.finally(() => {
			this.schedule();
		});
		return {
			toggleDryRun: (dryRun) => {
				// Turning dry run on only tightens safety: no question. Going live asks first.
				if (dryRun) redrawAfter(ctx.setDryRun(true));
				else new GoLiveModal(this.app, () => redrawAfter(ctx.setDryRun(false))).open();
				this.schedule();
			},
			approve: (path) => redrawAfter(ctx.approve(path)),
			reject: (path) => {
				new RejectModal(this.app, (reason) => redrawAfter(ctx.reject(path, reason))).open();
				this.schedule();
			},
			retry: (path) => redrawAfter(ctx.retry(path)),
			open: (path) => void ctx.open(path),
			reconnect: (id) => redrawAfter(ctx.reconnect(id)),
			restartWatchers: () => {
				ctx.restartWatchers();
				this.schedule();
			},
		};
	}
}
