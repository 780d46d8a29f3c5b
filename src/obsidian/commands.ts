// Commands for requests: approve or reject the open note, open the next pending request, set up the vault.
import { Modal, Setting, requireApiVersion, type App, type Plugin } from "obsidian";
import type { Engine } from "../core/engine";
import { isInside } from "../core/util/paths";
import { InvoiceRequestModal, SocialPostModal } from "./request-modals";

/** Asks for an optional reason before rejecting (the command and the status view). */
export class RejectModal extends Modal {
	private reason = "";

	constructor(
		app: App,
		private readonly onSubmit: (reason: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Reject this request");
		new Setting(this.contentEl).setName("Reason").setDesc("Optional; recorded in the note and the log.").addText((t) => t.onChange((v) => (this.reason = v)));
		new Setting(this.contentEl).addButton((b) => {
			b.setButtonText("Reject").onClick(() => {
				this.close();
				this.onSubmit(this.reason);
			});
			if (requireApiVersion("1.13.0")) b.setDestructive();
			else b.buttonEl.addClass("mod-warning");
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** "Set up vault folders": creates what is missing and says what it did; never overwrites a file. */
export function registerSetUpCommand(plugin: Plugin, engine: () => Engine | null): void {
	const setUp = async (): Promise<void> => {
		const e = engine();
		if (!e) return;
		const report = await e.setUpVault();
		const made = report.createdFolders.length + report.createdFiles.length;
		e.host.notifier.notify(
			made === 0 ? "AI Employee: the vault folders are already set up." : `AI Employee: created ${report.createdFolders.length} folders and ${report.createdFiles.length} files; kept ${report.keptFiles.length} existing files.`,
		);
	};
	plugin.addCommand({ id: "set-up-vault-folders", name: "Set up vault folders", callback: () => void setUp() });
}

/** Approve, reject, new invoice request, new social post, open next pending request. */
export function registerRequestCommands(plugin: Plugin, engine: () => Engine | null): void {
	registerDecisionCommands(plugin, engine);
	const app = plugin.app;
	plugin.addCommand({
		id: "new-invoice-request",
		name: "New invoice request",
		callback: () => {
			const e = engine();
			if (e) new InvoiceRequestModal(app, e).open();
		},
	});
	plugin.addCommand({
		id: "new-social-post",
		name: "New social post",
		callback: () => {
			const e = engine();
			if (e) new SocialPostModal(app, e).open();
		},
	});
	plugin.addCommand({
		id: "open-next-pending-request",
		name: "Open next pending request",
		callback: () => {
			const e = engine();
			if (e) void openNextPending(app, e);
		},
	});
}

/** The request note open in the editor, when it is one the owner can decide on (pending, approved or failed). */
function activeRequest(app: App, engine: Engine | null): { engine: Engine; path: string } | null {
	const file = app.workspace.getActiveFile();
	if (!engine || !file) return null;
	const inFolders = ["Pending_Approval", "Approved", "Failed"] as const;
	return inFolders.some((f) => isInside(file.path, engine.layout.folder(f))) ? { engine, path: file.path } : null;
}

/** "Approve this request" and "Reject this request", offered only on a request note. */
function registerDecisionCommands(plugin: Plugin, engine: () => Engine | null): void {
	const app = plugin.app;
	// An answer to the owner's own click: shown at once and in full, never grouped, delayed or switched off.
	const report = (e: Engine, outcome: { ok: boolean; message: string }) => e.host.notifier.notify(`AI Employee: ${outcome.message}`, "info");
	plugin.addCommand({
		id: "approve-this-request",
		name: "Approve this request",
		checkCallback: (checking) => {
			const r = activeRequest(app, engine());
			if (!r) return false;
			if (!checking) void r.engine.workflow.approvals.approve(r.path).then((o) => {
				report(r.engine, o);
			});
			return true;
		},
	});
	plugin.addCommand({
		id: "reject-this-request",
		name: "Reject this request",
		checkCallback: (checking) => {
			const r = activeRequest(app, engine());
			if (!r) return false;
			if (!checking) new RejectModal(app, (reason) => void r.engine.workflow.approvals.reject(r.path, reason).then((o) => {
						report(r.engine, o);
					})).open();
			return true;
		},
	});
}

/** Opens the pending request after the open note (by name), wrapping around; says so when none waits. */
async function openNextPending(app: App, e: Engine): Promise<void> {
	const files = (await e.host.vault.listFiles(e.layout.folder("Pending_Approval"))).filter((p) => p.endsWith(".md")).sort();
	const current = app.workspace.getActiveFile()?.path ?? "";
	const next = files.find((p) => p > current) ?? files[0];
	if (!next) {
		e.host.notifier.notify("AI Employee: no requests are waiting for approval.");
		return;
	}
	await app.workspace.openLinkText(next, "", false);
}
