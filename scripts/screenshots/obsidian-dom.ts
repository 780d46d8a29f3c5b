// The `obsidian` module for the screenshot scene: obsidian-test-mocks for the app, the vault and the plugin base class,
// with the settings and modal components replaced by ones that build the markup Obsidian builds, so our own settings
// tab and Connect dialogs can be drawn with the app's classes and photographed:
//   .setting-group > .setting-item.setting-item-heading + .setting-items > .setting-item
//   .setting-item > .setting-item-info (.setting-item-name, .setting-item-description) + .setting-item-control
//   toggles .checkbox-container (.is-enabled when on), buttons (.mod-cta, .mod-warning), input[type=text], select.dropdown
//   .modal-container > .modal-bg + .modal (.modal-close-button, .modal-header > .modal-title, .modal-content)
// Behaviour follows the app where the plugin depends on it: a toggle's setValue reports a change, a disabled button
// ignores clicks, a text field reports what is typed. Values are also written to attributes, because the scene hands
// Chromium the serialised HTML, and a property alone (input.value, option.selected) would not survive that.
export * from "obsidian-test-mocks/obsidian";
import type { App } from "obsidian";

class Base {
	disabled = false;

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	/** Obsidian's components chain with `then`, and so must these (the plugin guards against awaiting one). */
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
}

export class ButtonComponent extends Base {
	readonly buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	setButtonText(text: string): this {
		this.buttonEl.setText(text);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setDestructive(): this {
		this.buttonEl.addClass("mod-destructive");
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}

	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) cb(evt);
		});
		return this;
	}
}

export class ToggleComponent extends Base {
	readonly toggleEl: HTMLElement;
	private readonly inputEl: HTMLInputElement;
	private on = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	getValue(): boolean {
		return this.on;
	}

	/** As in the app: the state shows at once, and a change is reported to the onChange callback. */
	setValue(on: boolean): this {
		const changed = this.on !== on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this.inputEl.checked = on;
		this.inputEl.toggleAttribute("checked", on);
		if (changed) this.changeCallback?.(on);
		return this;
	}

	onChange(cb: (value: boolean) => unknown): this {
		this.changeCallback = cb;
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute("aria-label", tooltip);
		return this;
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	}
}

class InputComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends Base {
	constructor(readonly inputEl: E) {
		super();
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		if (this.inputEl instanceof HTMLInputElement) this.inputEl.setAttribute("value", value);
		else this.inputEl.setText(value);
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	/** Obsidian reports every keystroke (the input event). */
	onChange(cb: (value: string) => unknown): this {
		this.inputEl.addEventListener("input", () => cb(this.inputEl.value));
		return this;
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
}

export class TextComponent extends InputComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class TextAreaComponent extends InputComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class DropdownComponent extends Base {
	readonly selectEl: HTMLSelectElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		for (const option of Array.from(this.selectEl.options)) option.toggleAttribute("selected", option.value === value);
		return this;
	}

	onChange(cb: (value: string) => unknown): this {
		this.selectEl.addEventListener("change", () => cb(this.selectEl.value));
		return this;
	}
}

/**
 * Obsidian's secret picker (1.11.4+) chooses an entry of the app's keychain by name; the plugin stores only that name.
 * Drawn as a dropdown showing the chosen name, which is what the owner sees in the row.
 */
export class SecretComponent extends Base {
	private readonly selectEl: HTMLSelectElement;

	constructor(_app: App, containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
	}

	setValue(name: string): this {
		this.selectEl.empty();
		this.selectEl.createEl("option", { value: name, text: name, attr: { selected: true } });
		return this;
	}

	onChange(_cb: (name: string) => unknown): this {
		return this;
	}
}

export class Setting {
	readonly settingEl: HTMLElement;
	readonly infoEl: HTMLElement;
	readonly nameEl: HTMLElement;
	readonly descEl: HTMLElement;
	readonly controlEl: HTMLElement;
	components: Base[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setName(name: string | DocumentFragment): this {
		if (typeof name === "string") this.nameEl.setText(name);
		else this.nameEl.replaceChildren(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		if (typeof desc === "string") this.descEl.setText(desc);
		else this.descEl.replaceChildren(desc);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.settingEl.setAttribute("aria-label", tooltip);
		return this;
	}

	private add<C extends Base>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addButton(cb: (b: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (t: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (t: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addTextArea(cb: (t: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (d: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addComponent(cb: (el: HTMLElement) => Base): this {
		this.components.push(cb(this.controlEl));
		return this;
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
}

/** Obsidian 1.11+: a heading row above one card that holds the group's rows. */
export class SettingGroup {
	readonly groupEl: HTMLElement;
	readonly headerEl: HTMLElement;
	readonly headerInnerEl: HTMLElement;
	readonly controlEl: HTMLElement;
	readonly listEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv({ cls: "setting-group" });
		// Built detached and put in front only when the group gets a heading, as the app does.
		this.headerEl = createDiv({ cls: "setting-item setting-item-heading" });
		this.headerInnerEl = this.headerEl.createDiv({ cls: "setting-item-name" });
		this.controlEl = this.headerEl.createDiv({ cls: "setting-item-control" });
		this.listEl = this.groupEl.createDiv({ cls: "setting-items" });
	}

	setHeading(text: string | DocumentFragment): this {
		if (typeof text === "string") this.headerInnerEl.setText(text);
		else this.headerInnerEl.replaceChildren(text);
		this.groupEl.prepend(this.headerEl);
		return this;
	}

	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}
}

/** A dialog over a dimmed app; stays open until closed, as in the app. */
export class Modal {
	readonly containerEl: HTMLElement;
	readonly modalEl: HTMLElement;
	readonly headerEl: HTMLElement;
	readonly titleEl: HTMLElement;
	readonly contentEl: HTMLElement;

	constructor(readonly app: App) {
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		this.containerEl.createDiv({ cls: "modal-bg" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.modalEl.createDiv({ cls: "modal-close-button" }).addEventListener("click", () => this.close());
		this.headerEl = this.modalEl.createDiv({ cls: "modal-header" });
		this.titleEl = this.headerEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		document.body.appendChild(this.containerEl);
		this.onOpen();
	}

	close(): void {
		this.containerEl.detach();
		this.onClose();
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		if (typeof content === "string") this.contentEl.setText(content);
		else this.contentEl.replaceChildren(content);
		return this;
	}

	onOpen(): void {}

	onClose(): void {}
}
