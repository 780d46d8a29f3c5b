// "Draft a WhatsApp reply" on an open WhatsApp note: the owner writes the text; the request fills in the rest.
import { Modal, Setting, type App, type Plugin } from "obsidian";
import type { Engine } from "../core/engine";
import { whatsappReplyDraft } from "../core/drafts/whatsapp-reply";
import { readFrontmatter } from "../core/requests/frontmatter";

class WhatsappReplyModal extends Modal {
	private text = "";

	constructor(
		app: App,
		private readonly engine: Engine,
		private readonly notePath: string,
		private readonly data: Record<string, unknown>,
	) {
		super(app);
	}

	override onOpen(): void {
		const who = typeof this.data.from_name === "string" ? this.data.from_name : "the customer";
		this.setTitle(`Reply to ${who} on WhatsApp`);
		new Setting(this.contentEl).setName("Reply").setDesc("Sent only after you approve the request's card; within 24 hours of their message.").addTextArea((t) => t.onChange((v) => (this.text = v)));
		const error = this.contentEl.createDiv({ cls: "ai-employee-composer-issue" });
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText("Draft the reply")
				.setCta()
				.onClick(() => {
					void this.submit(error);
				}),
		);
	}

	private async submit(error: HTMLElement): Promise<void> {
		const draft = whatsappReplyDraft(this.notePath, this.data, this.text);
		if (!draft.ok) {
			error.setText(draft.reason);
			return;
		}
		const path = await this.engine.createRequest(draft.request);
		this.close();
		await this.app.workspace.openLinkText(path, "", false);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

export function registerWhatsappCommands(plugin: Plugin, engine: () => Engine | null): void {
	plugin.addCommand({
		id: "draft-whatsapp-reply",
		name: "Draft a WhatsApp reply to this message",
		checkCallback: (checking) => {
			const e = engine();
			const file = plugin.app.workspace.getActiveFile();
			const fm = file ? plugin.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
			if (!e || !file || fm?.type !== "whatsapp") return false;
			if (!checking) {
				void (async () => {
					// The note as written (frontmatter from the file itself, not a cache that may lag a sync).
					const parsed = readFrontmatter(await plugin.app.vault.cachedRead(file), e.host.yaml);
					new WhatsappReplyModal(plugin.app, e, file.path, parsed.ok ? parsed.data : {}).open();
				})();
			}
			return true;
		},
	});
}
