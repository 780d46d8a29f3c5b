// Gives a plain Node process (the bench, scripts) the DOM that vitest's jsdom environment gives tests.
import { JSDOM } from "jsdom";

let installed = false;

/**
 * Copies jsdom's window onto `globalThis` the way vitest does: every name Node lacks becomes a global, and `window`,
 * `self` and `document.defaultView` point at `globalThis` itself, so code that uses `window.setTimeout` and code that
 * uses `setTimeout` share one set of timers.
 */
export function installNodeDom(): void {
	if (installed) return;
	installed = true;
	const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
	const win = dom.window as unknown as Record<string, unknown>;
	const g = globalThis as unknown as Record<string, unknown>;
	// Own names plus the window's inherited ones (addEventListener lives on EventTarget.prototype).
	const names = new Set<string>();
	for (let o: object | null = win; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
		for (const key of Object.getOwnPropertyNames(o)) names.add(key);
	}
	for (const key of names) {
		if (key in g || ["window", "self", "top", "parent"].includes(key)) continue;
		const value = win[key];
		// Methods such as addEventListener must run with jsdom's window as `this`; constructors must stay unbound.
		const bound = typeof value === "function" && key[0] !== key[0]!.toUpperCase() ? (value as (...a: unknown[]) => unknown).bind(win) : undefined;
		Object.defineProperty(g, key, { configurable: true, get: () => bound ?? win[key], set: (v: unknown) => Object.defineProperty(g, key, { configurable: true, writable: true, value: v }) });
	}
	for (const key of ["window", "self", "top", "parent"]) g[key] = globalThis;
	const document = g.document as { defaultView: unknown };
	Object.defineProperty(document, "defaultView", { configurable: true, get: () => globalThis });
}
