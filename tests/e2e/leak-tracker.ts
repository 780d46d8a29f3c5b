// Watches the global timers and window/document listeners, so a test can prove an unloaded plugin left nothing running.
//
// Obsidian keeps a plugin's window alive after unload: an interval or listener the plugin forgot keeps firing into
// a dead engine. The tracker wraps the globals once (transparently) and records, per open scope, what was
// registered while the scope was open and is still live.

type TimerKind = "interval" | "timeout";

interface LiveTimer {
	kind: TimerKind;
	ms: number;
	origin: string;
}

interface LiveListener {
	target: string;
	type: string;
	listener: unknown;
	capture: boolean;
	origin: string;
}

export interface LeakScope {
	/** Live intervals and not-yet-fired timeouts created while the scope was open, described for a failure message. */
	timers(kind?: TimerKind): string[];
	/** Listeners on window or document added while the scope was open and not removed since. */
	listeners(): string[];
	/** Stops recording (what is live stays reported). */
	close(): void;
}

type AnyFn = (...args: never[]) => unknown;
type Scope = { timers: Map<unknown, LiveTimer>; listeners: LiveListener[]; open: boolean };

const scopes = new Set<Scope>();
let installed = false;

/** Where a registration came from: the first stack frame in main.js (or the caller), for a readable leak report. */
function origin(): string {
	const lines = (new Error().stack ?? "").split("\n").slice(3);
	const frame = lines.find((l) => l.includes("main.js")) ?? lines[0] ?? "";
	return frame.trim();
}

function captureOf(options: unknown): boolean {
	if (typeof options === "boolean") return options;
	return typeof options === "object" && options !== null && (options as { capture?: boolean }).capture === true;
}

function install(): void {
	if (installed) return;
	installed = true;
	const g = globalThis as unknown as Record<string, AnyFn>;

	const wrapSet = (name: "setTimeout" | "setInterval", kind: TimerKind): void => {
		const original = g[name]!;
		const wrapped = function (this: unknown, handler: unknown, ms?: number, ...rest: unknown[]): unknown {
			let handle: unknown;
			const fn =
				kind === "timeout" && typeof handler === "function"
					? (...args: unknown[]) => {
							// A fired timeout is no longer pending.
							for (const s of scopes) s.timers.delete(handle);
							return (handler as (...a: unknown[]) => unknown)(...args);
						}
					: handler;
			handle = Reflect.apply(original, this, [fn, ms, ...rest]);
			const live: LiveTimer = { kind, ms: ms ?? 0, origin: origin() };
			for (const s of scopes) if (s.open) s.timers.set(handle, live);
			return handle;
		};
		// Keep what hangs off the original (Node's util.promisify.custom), so promisify(setTimeout) still works.
		for (const key of Reflect.ownKeys(original)) {
			if (key === "length" || key === "name" || key === "prototype") continue;
			Object.defineProperty(wrapped, key, Object.getOwnPropertyDescriptor(original, key)!);
		}
		g[name] = wrapped;
	};
	const wrapClear = (name: "clearTimeout" | "clearInterval"): void => {
		const original = g[name]!;
		g[name] = function (this: unknown, handle: unknown): unknown {
			// Browsers treat the two clear functions as one; so does the tracker.
			for (const s of scopes) s.timers.delete(handle);
			return Reflect.apply(original, this, [handle]);
		};
	};
	wrapSet("setTimeout", "timeout");
	wrapSet("setInterval", "interval");
	wrapClear("clearTimeout");
	wrapClear("clearInterval");

	const doc = (globalThis as { document?: EventTarget }).document;
	const targets: [string, EventTarget][] = [["window", globalThis]];
	if (doc) targets.push(["document", doc]);
	for (const [label, target] of targets) {
		const add = target.addEventListener.bind(target);
		const remove = target.removeEventListener.bind(target);
		Object.defineProperty(target, "addEventListener", {
			configurable: true,
			writable: true,
			enumerable: false,
			value(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
				const entry: LiveListener = { target: label, type, listener, capture: captureOf(options), origin: origin() };
				for (const s of scopes) if (s.open) s.listeners.push(entry);
				add(type, listener, options);
			},
		});
		Object.defineProperty(target, "removeEventListener", {
			configurable: true,
			writable: true,
			enumerable: false,
			value(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
				const capture = captureOf(options);
				for (const s of scopes) {
					s.listeners = s.listeners.filter((l) => !(l.type === type && l.listener === listener && l.capture === capture));
				}
				remove(type, listener, options);
			},
		});
	}
}

/** Starts recording timers and global listeners; the first call installs the wrappers. */
export function openLeakScope(): LeakScope {
	install();
	const scope: Scope = { timers: new Map(), listeners: [], open: true };
	scopes.add(scope);
	return {
		timers(kind?: TimerKind): string[] {
			return [...scope.timers.values()].filter((t) => !kind || t.kind === kind).map((t) => `${t.kind} of ${t.ms} ms set at ${t.origin}`);
		},
		listeners(): string[] {
			return scope.listeners.map((l) => `${l.target} "${l.type}" listener added at ${l.origin}`);
		},
		close(): void {
			scope.open = false;
			scopes.delete(scope);
		},
	};
}
