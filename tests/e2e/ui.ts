// The plugin's UI as the owner meets it in Obsidian, on top of obsidian-test-mocks: modals that stay open, buttons and
// toggles that answer DOM clicks, the settings tab drawn, code blocks rendered, and a guard against the thenable freeze.
//
// Every Obsidian component (Setting, ButtonComponent, …) has a chaining `then(cb)`, in the app and in the mocks alike.
// A promise that resolves to one adopts it as a thenable, and because `then` hands back the component again, the
// promise resolves to it again, forever: microtasks without end, so no timer (and no test deadline) ever fires. The guard
// counts `then` calls between two macrotasks; past a bound no real code reaches, it records the loop and throws, which
// rejects the spinning promise and gives the event loop back, so the deadline can fail the test instead of hanging it.
import * as obsidianMocks from "obsidian-test-mocks/obsidian";
import type { PluginHarness } from "./harness";

/** `then` calls between two macrotasks beyond which it is the adoption loop (the settings tab makes none). */
const THEN_LOOP_BOUND = 10_000;

export interface OpenModal {
	contentEl: HTMLElement;
	titleEl: HTMLElement;
	close(): void;
}

export interface Ui {
	/** Modals the plugin opened, in order (they stay open until closed, as in Obsidian). */
	modals: OpenModal[];
	/** One entry per thenable loop the guard broke: each is the freeze the owner would have seen. */
	thenLoops: string[];
	/** Puts the mocks back as they were. */
	restore(): void;
}

type Patchable = Record<string, unknown>;

function patch(target: Patchable, name: string, make: (original: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown, undo: (() => void)[]): void {
	const original = target[name] as (...a: unknown[]) => unknown;
	target[name] = make(original);
	undo.push(() => {
		target[name] = original;
	});
}

export function installUi(): Ui {
	const undo: (() => void)[] = [];
	const modals: OpenModal[] = [];
	const thenLoops: string[] = [];

	// Modals: the mocks close a modal one tick after opening it; Obsidian keeps it until the owner closes it.
	patch(obsidianMocks.Modal.prototype as unknown as Patchable, "open", () =>
		function (this: OpenModal & { onOpen(): void }) {
			modals.push(this);
			this.onOpen();
		},
	undo);

	// Buttons, extra buttons and toggles answer a click on their element, as in Obsidian (the mocks only simulate it).
	patch(obsidianMocks.ButtonComponent.prototype as unknown as Patchable, "onClick", (original) =>
		function (this: { buttonEl: HTMLElement; disabled: boolean }, cb: unknown) {
			this.buttonEl.addEventListener("click", (e) => {
				if (!this.disabled) (cb as (e: MouseEvent) => unknown)(e);
			});
			return original.call(this, cb);
		},
	undo);
	patch(obsidianMocks.ExtraButtonComponent.prototype as unknown as Patchable, "onClick", (original) =>
		function (this: { extraSettingsEl: HTMLElement; disabled: boolean }, cb: unknown) {
			this.extraSettingsEl.addClass("clickable-icon");
			this.extraSettingsEl.addEventListener("click", () => {
				if (!this.disabled) (cb as () => unknown)();
			});
			return original.call(this, cb);
		},
	undo);
	patch(obsidianMocks.ToggleComponent.prototype as unknown as Patchable, "onChange", (original) =>
		function (this: { toggleEl: HTMLElement; onClick(): void }, cb: unknown) {
			this.toggleEl.addClass("checkbox-container");
			this.toggleEl.addEventListener("click", () => this.onClick());
			return original.call(this, cb);
		},
	undo);

	// Text fields report what the owner types (Obsidian fires onChange on the input event; the mocks only on setValue).
	patch(obsidianMocks.AbstractTextComponent.prototype as unknown as Patchable, "onChange", (original) =>
		function (this: { inputEl: HTMLInputElement; value: string }, cb: unknown) {
			this.inputEl.addEventListener("input", () => {
				this.value = this.inputEl.value;
				(cb as (v: string) => unknown)(this.inputEl.value);
			});
			return original.call(this, cb);
		},
	undo);

	// The thenable-freeze guard (see the header).
	let calls = 0;
	let resetScheduled = false;
	const guard = (original: (...a: unknown[]) => unknown) =>
		function (this: unknown, ...args: unknown[]) {
			if (!resetScheduled) {
				resetScheduled = true;
				setTimeout(() => {
					calls = 0;
					resetScheduled = false;
				}, 0);
			}
			if (++calls > THEN_LOOP_BOUND) {
				const what = (this as { constructor?: { name?: string } }).constructor?.name ?? "component";
				if (thenLoops.length < 20) thenLoops.push(`a promise resolved to an Obsidian ${what} and adopted it as a thenable`);
				throw new Error(`Thenable loop: a promise resolved to an Obsidian ${what} (the app would freeze here).`);
			}
			return original.apply(this, args);
		};
	patch(obsidianMocks.BaseComponent.prototype as unknown as Patchable, "then", guard, undo);
	patch(obsidianMocks.Setting.prototype as unknown as Patchable, "then", guard, undo);

	return {
		modals,
		thenLoops,
		restore() {
			for (const u of undo.splice(0).reverse()) u();
		},
	};
}

interface SettingTabLike {
	containerEl: HTMLElement;
	display(): void;
}

/** The plugin's settings tab, drawn as Obsidian 1.11–1.12 draws it (1.13's declarative rows share the same row code). */
export function openSettings(h: PluginHarness): HTMLElement {
	const tab = (h.plugin as unknown as { settingTabs__: SettingTabLike[] }).settingTabs__[0];
	if (!tab) throw new Error("the plugin registered no settings tab");
	tab.display();
	return tab.containerEl;
}

/** Every clickable control in `el`: buttons and extra (icon) buttons. */
export function clickables(el: HTMLElement): HTMLElement[] {
	return Array.from(el.querySelectorAll<HTMLElement>("button, .clickable-icon"));
}

export function labelOf(b: HTMLElement): string {
	return (b.textContent ?? "").trim() || b.getAttribute("aria-label") || "(no label)";
}

export function buttonIn(el: HTMLElement, label: string | RegExp): HTMLButtonElement {
	const b = Array.from(el.querySelectorAll("button")).find((x) => (typeof label === "string" ? x.textContent === label : label.test(x.textContent ?? "")));
	if (!b) throw new Error(`no "${String(label)}" button; there are: ${Array.from(el.querySelectorAll("button")).map((x) => x.textContent).join(", ")}`);
	return b;
}

/** The row (setting item) whose name is `name`. */
export function rowNamed(el: HTMLElement, name: string): HTMLElement {
	// A setting item (in the mocks) is [control, info[name, desc]].
	for (const r of Array.from(el.querySelectorAll<HTMLElement>("div"))) {
		const info = r.children[1];
		if (r.children.length >= 2 && info && info.children.length >= 2 && info.children[0]!.textContent === name) return r;
	}
	throw new Error(`no row named "${name}"`);
}

/** The description shown under a row's name. */
export function descOf(row: HTMLElement): string {
	return row.children[1]?.children[1]?.textContent ?? "";
}

/** Types into an input as the owner does: sets the value and fires input (and change). */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
	input.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Renders a code block of the plugin as Obsidian's reading view does; unload the returned children afterwards. */
export function renderBlock(h: PluginHarness, fence: string, sourcePath: string): { el: HTMLElement; children: { unload(): void }[] } {
	const processors = (h.plugin as unknown as { markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void> }).markdownCodeBlockProcessors__;
	const processor = processors.get(fence);
	if (!processor) throw new Error(`no processor for ${fence}`);
	const el = document.createElement("div");
	const children: { unload(): void }[] = [];
	processor("", el, {
		sourcePath,
		addChild(child: { load(): void; unload(): void }) {
			children.push(child);
			child.load();
		},
	});
	return { el, children };
}

/** The view in the leaf of `type`, created as Obsidian does on setViewState (the mocks record the state only). */
export async function openedView(h: PluginHarness, type: string): Promise<{ contentEl: HTMLElement }> {
	const leaf = h.app.workspace.getLeavesOfType(type)[0] as unknown as { view: unknown; open(v: unknown): Promise<unknown> } | undefined;
	if (!leaf) throw new Error(`no leaf of type ${type} is open`);
	if (!leaf.view) {
		const creator = (h.plugin as unknown as { views__: Map<string, (leaf: unknown) => { onOpen(): Promise<void> }> }).views__.get(type);
		if (!creator) throw new Error(`the plugin registered no view ${type}`);
		const view = creator(leaf);
		await leaf.open(view);
		await view.onOpen();
	}
	return leaf.view as { contentEl: HTMLElement };
}
