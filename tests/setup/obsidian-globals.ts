// Adds Obsidian's globals and prototype helpers (createDiv, Array#contains, Element#addClass…) to a DOM, non-enumerably.
import { setup } from "obsidian-test-mocks/setup";

/**
 * The objects obsidian-test-mocks extends. Its helpers arrive as *enumerable* properties, unlike in Obsidian, and
 * libraries that iterate objects then trip over them (a `for…in` over an array sees `contains`, `first`, …).
 */
function extendedTargets(): object[] {
	const g = globalThis as unknown as Record<string, { prototype: object } | undefined>;
	const prototypes = ["Array", "String", "Node", "Element", "HTMLElement", "SVGElement", "Document", "DocumentFragment", "UIEvent"]
		.map((name) => g[name]?.prototype)
		.filter((p): p is object => p !== undefined);
	return [...prototypes, Array, String, Number, Object, Math, globalThis];
}

let installed = false;

/** Needs a DOM (jsdom) on `globalThis`. Safe to call twice. */
export function installObsidianGlobals(): void {
	if (installed) return;
	installed = true;
	const targets = extendedTargets();
	const before = new Map(targets.map((t) => [t, new Set(Object.keys(t))]));
	setup();
	for (const target of targets) {
		const known = before.get(target)!;
		for (const key of Object.keys(target)) {
			if (known.has(key)) continue;
			const descriptor = Object.getOwnPropertyDescriptor(target, key);
			if (descriptor?.configurable) Object.defineProperty(target, key, { ...descriptor, enumerable: false });
		}
	}
}
