// The guided Connect dialog: draws a ConnectGuide (needs, steps, permissions, fields checked as typed, actions, a list
// to pick from) and runs its actions. Every callback here returns nothing: Obsidian components are thenables, and a
// promise that resolves to one never settles.
import { Modal, Setting, type App, type ButtonComponent } from "obsidian";
import { CategorizedError, messageOf } from "../../core/util/errors";
import type { ConnectGuide, GuideAction, GuideChoice, GuideField } from "./guide";

export class ConnectModal extends Modal {
	private readonly values: Record<string, string> = {};
	private readonly errors = new Map<string, HTMLElement>();
	private readonly buttons: ButtonComponent[] = [];
	private resultEl: HTMLElement | null = null;
	private choicesEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly guide: ConnectGuide,
		private readonly onDone: () => void = () => undefined,
	) {
		super(app);
	}

	override onOpen(): void {
		const g = this.guide;
		this.setTitle(g.title);
		const el = this.contentEl;
		el.addClass("ai-employee-connect");
		el.createEl("p", { text: g.intro });
		this.list(el, "What you need", g.needs, "ul");
		this.list(el, "Where to get it", g.steps, "ol");
		this.list(el, "Permissions to grant", g.permissions, "ul");
		for (const n of g.notes) el.createEl("p", { cls: "ai-employee-connect-note", text: n });
		new Setting(el).setName("Your details").setHeading();
		for (const f of g.fields) this.field(el, f);
		const row = new Setting(el);
		for (const a of g.actions) {
			row.addButton((b) => {
				this.buttons.push(b);
				b.setButtonText(a.label);
				if (a.cta) b.setCta();
				b.onClick(() => {
					void this.run(a);
				});
			});
		}
		this.resultEl = el.createDiv({ cls: "ai-employee-connect-result" });
		this.choicesEl = el.createDiv({ cls: "ai-employee-connect-choices" });
	}

	override onClose(): void {
		this.contentEl.empty();
		this.onDone();
	}

	private list(el: HTMLElement, heading: string, items: string[], tag: "ul" | "ol"): void {
		if (items.length === 0) return;
		new Setting(el).setName(heading).setHeading();
		const list = el.createEl(tag, { cls: "ai-employee-connect-list" });
		for (const i of items) list.createEl("li", { text: i });
	}

	private field(el: HTMLElement, f: GuideField): void {
		this.values[f.key] = f.initial?.() ?? "";
		const s = new Setting(el).setName(f.name).setDesc(f.desc);
		const error = s.infoEl.createDiv({ cls: "ai-employee-connect-error" });
		this.errors.set(f.key, error);
		s.addText((t) => {
			if (f.secret) {
				t.inputEl.type = "password";
				t.inputEl.autocomplete = "off";
			}
			if (f.placeholder) t.setPlaceholder(f.placeholder);
			t.setValue(this.values[f.key] ?? "");
			t.onChange((v) => {
				this.values[f.key] = v;
				// As the owner types: say what is wrong with what is there (an empty field waits until it is needed).
				this.showError(f, v.trim() === "" ? null : f.check(v));
			});
		});
	}

	private showError(f: GuideField, problem: string | null): void {
		const el = this.errors.get(f.key);
		if (!el) return;
		el.setText(problem ?? "");
		el.toggleClass("is-shown", problem !== null);
	}

	private say(text: string, tone?: "ok" | "error"): void {
		const el = this.resultEl;
		if (!el) return;
		el.setText(text);
		el.toggleClass("mod-ok", tone === "ok");
		el.toggleClass("mod-error", tone === "error");
	}

	private choose(heading: string, choices: GuideChoice[]): void {
		const el = this.choicesEl;
		if (!el) return;
		el.empty();
		new Setting(el).setName(heading).setHeading();
		for (const c of choices) {
			new Setting(el)
				.setName(c.label)
				.setDesc(c.detail)
				.addButton((b) => {
					this.buttons.push(b);
					b.setButtonText("Use this").onClick(() => {
						void this.pick(c);
					});
				});
		}
	}

	private async pick(c: GuideChoice): Promise<void> {
		await this.busy(async () => {
			const text = await c.pick();
			this.say(text, "ok");
		});
	}

	private async run(a: GuideAction): Promise<void> {
		const problems: string[] = [];
		for (const key of a.fields) {
			const f = this.guide.fields.find((x) => x.key === key);
			if (!f) continue;
			const problem = f.check(this.values[key] ?? "");
			this.showError(f, problem);
			if (problem) problems.push(f.name);
		}
		if (problems.length > 0) {
			this.say(`Fill in ${problems.join(", ")} first (see the notes under each field).`, "error");
			return;
		}
		await this.busy(async () => {
			const text = await a.run({ values: { ...this.values }, say: (t, tone) => this.say(t, tone), choose: (h, c) => this.choose(h, c) });
			if (text) this.say(text, "ok");
		});
	}

	/** Runs one step with the buttons disabled; a failure is shown with what to do, never thrown at the app. */
	private async busy(work: () => Promise<void>): Promise<void> {
		for (const b of this.buttons) b.setDisabled(true);
		this.say("Working…");
		try {
			await work();
			if (this.resultEl?.textContent === "Working…") this.say("");
		} catch (err) {
			this.say(err instanceof CategorizedError ? `${err.message} ${err.suggestion}` : `Failed: ${messageOf(err)}`, "error");
		} finally {
			for (const b of this.buttons) b.setDisabled(false);
		}
	}
}
