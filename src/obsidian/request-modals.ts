// Modals that draft request notes for the owner: "New invoice request" and "New social post" (the composer).
import { Modal, Setting, type App } from "obsidian";
import type { Engine } from "../core/engine";
import { describeIssues } from "../core/requests/parse-request";
import { localDay } from "../core/util/dates";
import { createInvoiceParams } from "../connectors/odoo/params";
import { postIssues, postParams, publishedText, textLength } from "../connectors/social/params";
import { NETWORKS, RULES, type Network } from "../connectors/social/networks";

/** "Website redesign; 2; 150.00" per line → invoice lines. */
export function parseInvoiceLines(text: string): { description: string; quantity: number; unit_price: string }[] {
	return text
		.split("\n")
		.map((l) => l.trim())
		.filter(Boolean)
		.map((l) => {
			const [description = "", quantity = "", price = ""] = l.split(";").map((p) => p.trim());
			return { description, quantity: Number(quantity), unit_price: price };
		});
}

async function openNote(app: App, path: string): Promise<void> {
	await app.workspace.openLinkText(path, "", false);
}

export class InvoiceRequestModal extends Modal {
	private readonly values = { name: "", email: "", company: "", invoiceDate: "", dueDate: "", currency: "", reference: "", lines: "" };

	constructor(
		app: App,
		private readonly engine: Engine,
	) {
		super(app);
		this.values.invoiceDate = localDay(engine.host.clock.now(), engine.timeZone);
		this.values.currency = engine.settings.currency;
	}

	override onOpen(): void {
		this.setTitle("New invoice request");
		const el = this.contentEl;
		const text = (name: string, desc: string, key: keyof typeof this.values, placeholder = "") =>
			new Setting(el)
				.setName(name)
				.setDesc(desc)
				.addText((t) => t.setPlaceholder(placeholder).setValue(this.values[key]).onChange((v) => (this.values[key] = v)));
		text("Customer", "The customer's name as it appears in Odoo.", "name");
		text("Customer email", "Used first to find the customer in Odoo.", "email", "billing@example.com");
		text("Company", "Optional.", "company");
		text("Invoice date", "YYYY-MM-DD.", "invoiceDate");
		text("Due date", "YYYY-MM-DD, optional.", "dueDate");
		text("Currency", "Three-letter code.", "currency");
		text("Reference", "Purchase order or reference, optional.", "reference");
		new Setting(el)
			.setName("Lines")
			.setDesc("One line each: description; quantity; unit price.")
			.addTextArea((t) => t.setPlaceholder("Website redesign; 2; 150.00").onChange((v) => (this.values.lines = v)));
		const status = el.createDiv({ cls: "ai-employee-modal-status" });
		new Setting(el).addButton((b) =>
			b
				.setButtonText("Draft the request")
				.setCta()
				.onClick(() => void this.submit(status)),
		);
	}

	private async submit(status: HTMLElement): Promise<void> {
		const v = this.values;
		const candidate = {
			customer: { name: v.name.trim(), ...(v.email.trim() ? { email: v.email.trim() } : {}), ...(v.company.trim() ? { company: v.company.trim() } : {}) },
			invoice_date: v.invoiceDate.trim(),
			...(v.dueDate.trim() ? { due_date: v.dueDate.trim() } : {}),
			currency: v.currency.trim().toUpperCase(),
			lines: parseInvoiceLines(v.lines),
			...(v.reference.trim() ? { reference: v.reference.trim() } : {}),
		};
		const parsed = createInvoiceParams.safeParse(candidate);
		if (!parsed.success) {
			status.setText(`Not drafted: ${describeIssues(parsed.error.issues)}.`);
			return;
		}
		const path = await this.engine.createRequest({
			action: "odoo.create_invoice",
			params: candidate,
			requestedBy: "owner",
			origin: "plugin:command",
			title: `Invoice ${candidate.customer.name}`,
			body: "Drafted with the New invoice request command.",
		});
		this.close();
		await openNote(this.app, path);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

export class SocialPostModal extends Modal {
	private text = "";
	private link = "";
	private imageUrl = "";
	private publishAt = "";
	private readonly chosen = new Set<Network>();
	private preview: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly engine: Engine,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("New social post");
		const el = this.contentEl;
		new Setting(el).setName("Text").addTextArea((t) =>
			t.onChange((v) => {
				this.text = v;
				this.refresh();
			}),
		);
		for (const n of NETWORKS) {
			new Setting(el).setName(RULES[n].label).addToggle((t) =>
				t.onChange((on) => {
					if (on) this.chosen.add(n);
					else this.chosen.delete(n);
					this.refresh();
				}),
			);
		}
		const field = (name: string, desc: string, set: (v: string) => void, placeholder = "") =>
			new Setting(el)
				.setName(name)
				.setDesc(desc)
				.addText((t) =>
					t.setPlaceholder(placeholder).onChange((v) => {
						set(v.trim());
						this.refresh();
					}),
				);
		field("Link", "Optional web address.", (v) => (this.link = v), "https://");
		field("Image URL", "A public image address; Instagram needs one.", (v) => (this.imageUrl = v), "https://");
		field("Publish at", "Optional, e.g. 2026-12-01T09:00:00+01:00; empty publishes once approved.", (v) => (this.publishAt = v));
		this.preview = el.createDiv({ cls: "ai-employee-composer-preview" });
		new Setting(el).addButton((b) =>
			b
				.setButtonText("Draft the posts")
				.setCta()
				.onClick(() => void this.submit()),
		);
		this.refresh();
	}

	private paramsFor(network: Network): Record<string, unknown> {
		return {
			network,
			text: this.text,
			...(this.link ? { link: this.link } : {}),
			...(this.imageUrl ? { image_url: this.imageUrl } : {}),
			...(this.publishAt ? { publish_at: this.publishAt } : {}),
		};
	}

	/** Per-network preview: the text each network will show, its count against the limit, and what it refuses. */
	private refresh(): void {
		const el = this.preview;
		if (!el) return;
		el.empty();
		if (this.chosen.size === 0) {
			el.createDiv({ text: "Choose at least one network." });
			return;
		}
		for (const n of this.chosen) {
			const box = el.createDiv({ cls: "ai-employee-composer-network" });
			const p = this.paramsFor(n);
			const shown = publishedText({ network: n, text: this.text, link: this.link || undefined });
			box.createDiv({ cls: "ai-employee-composer-title", text: `${RULES[n].label}: ${textLength(n, shown)} of ${RULES[n].maxText}` });
			box.createDiv({ cls: "ai-employee-card-preview-text", text: shown });
			const parsed = postParams(() => this.engine.host.clock.now()).safeParse(p);
			const issues = parsed.success ? postIssues(parsed.data, this.engine.host.clock.now()).map((i) => i.message) : parsed.error.issues.map((i) => i.message);
			for (const issue of issues) box.createDiv({ cls: "ai-employee-composer-issue", text: issue });
		}
	}

	private async submit(): Promise<void> {
		const now = () => this.engine.host.clock.now();
		const bad = [...this.chosen].filter((n) => !postParams(now).safeParse(this.paramsFor(n)).success);
		if (this.chosen.size === 0 || bad.length > 0) {
			this.refresh();
			return;
		}
		const paths: string[] = [];
		for (const n of this.chosen) {
			paths.push(
				await this.engine.createRequest({
					action: "social.post",
					params: this.paramsFor(n),
					requestedBy: "owner",
					origin: "plugin:command",
					title: `${RULES[n].label} post`,
					body: "Drafted with the New social post command.",
				}),
			);
		}
		this.close();
		if (paths[0]) await openNote(this.app, paths[0]);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
