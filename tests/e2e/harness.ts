// Loads the BUILT main.js the way Obsidian does and drives it: onload, layout-ready, commands, unload, leak checks.
//
// main.js is evaluated as a CommonJS function body whose `require("obsidian")` answers with obsidian-test-mocks
// (an in-memory App, Vault, Plugin…), so the test exercises exactly the file users install, not the sources.
// Needs a DOM with Obsidian's globals: the vitest "obsidian" project provides it; the bench installs its own.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { runInThisContext } from "node:vm";
import type { Command, PluginManifest, RequestUrlParam, RequestUrlResponse } from "obsidian";
import * as obsidianMocks from "obsidian-test-mocks/obsidian";
import type AiEmployeePlugin from "../../src/main";
import { openLeakScope } from "./leak-tracker";
import { nodeRequestUrl, type RequestUrlFn } from "./node-request-url";

export type MockApp = ReturnType<typeof obsidianMocks.App.createConfigured__>;

/** The plugin as the mocks' Plugin base class exposes it: the real class plus the mocks' bookkeeping. */
export type LoadedPlugin = AiEmployeePlugin & {
	/** Commands by their short id (Obsidian shows them as `<plugin id>:<id>`). */
	commands__: Map<string, Command>;
	/** What `loadData()` answers and `saveData()` stores: the plugin's data.json. */
	data__: unknown;
};

export interface LoadOptions {
	/** Files already in the vault (path → text); folders are created from the paths. */
	vaultFiles?: Record<string, string>;
	/** Contents of the plugin's data.json; leave out for a first run (Obsidian's loadData then answers null). */
	data?: unknown;
	/** Secrets already in the app's secret storage (id → value). */
	secrets?: Record<string, string>;
	/** "mock" (default): the mocks' requestUrl (an empty 200); "node": real HTTP through Node; or your own function. */
	http?: "mock" | "node" | RequestUrlFn;
	/** The built plugin to load; default `main.js` in the working directory. */
	mainJs?: string;
	/**
	 * An app from an earlier harness: a restart of the plugin on the same device, keeping the vault, the secret storage
	 * and the local storage (unload the earlier harness first).
	 */
	app?: MockApp;
}

export interface LeakReport {
	/** setInterval handles still live. */
	intervals: string[];
	/** setTimeout handles not yet fired nor cleared. */
	timeouts: string[];
	/** Listeners on window or document still attached. */
	domListeners: string[];
	/** Listeners on app.vault, app.workspace or app.metadataCache added since load and still attached. */
	appListeners: string[];
	/** Sum of all of the above. */
	count: number;
}

export interface PluginHarness {
	app: MockApp;
	plugin: LoadedPlugin;
	/** Texts of every `new Notice(…)` the plugin showed, in order. */
	notices: string[];
	/** How long loading took: evaluating main.js and constructing the class, then `onload()` until it resolved. */
	timings: { evaluateMs: number; onloadMs: number };
	/** Fires `workspace.onLayoutReady` callbacks (Obsidian does this once the vault is indexed), then settles. */
	layoutReady(): Promise<void>;
	/** Runs a command by id (`ai-employee:set-up-vault-folders` or `set-up-vault-folders`), then settles. */
	runCommand(id: string): Promise<void>;
	/** Unloads the plugin as Obsidian does on disable, then settles. */
	unload(): Promise<void>;
	/** What is still registered: call after unload() to prove nothing leaked. */
	leaks(): LeakReport;
	/** A vault file's text (read from the adapter, so also files Obsidian does not index), or null. */
	readFile(path: string): Promise<string | null>;
	/** All file paths in the vault, sorted. */
	files(): string[];
	/** All folder paths in the vault, sorted. */
	folders(): string[];
	/** Number of writes (create, write, append, mkdir, rename, remove…) that reached the vault's adapter so far. */
	readonly vaultWrites: number;
	/** What the plugin last saved with saveData (its data.json), or what it was loaded with. */
	savedData(): unknown;
	/** Waits until the plugin's async work has drained: the vault saw no write for several event-loop turns. */
	settle(): Promise<void>;
	/** Polls (with settles in between) until `predicate` holds; throws after `timeoutMs`. */
	waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs?: number): Promise<void>;
	/** Swaps the requestUrl main.js sees, e.g. to real HTTP before talking to a fake server. */
	setRequestUrl(http: "mock" | "node" | RequestUrlFn): void;
	/** Unloads if still loaded and stops leak recording; call in afterEach. */
	dispose(): Promise<void>;
}

const MUTATING_ADAPTER_METHODS = ["append", "appendBinary", "copy", "mkdir", "process", "remove", "rename", "rmdir", "trashLocal", "trashSystem", "write", "writeBinary"];
const QUIET_TURNS = 5;

function resolveHttp(http: "mock" | "node" | RequestUrlFn): RequestUrlFn {
	if (http === "node") return nodeRequestUrl;
	if (http === "mock") return obsidianMocks.requestUrl;
	return http;
}

/** Evaluates main.js like Obsidian: `(function (require, module, exports) { …main.js… })`, with our `require`. */
function evaluateMain(mainJs: string, obsidianModule: Record<string, unknown>): unknown {
	const code = readFileSync(mainJs, "utf8");
	const nodeRequire = createRequire(mainJs);
	const pluginRequire = (id: string): unknown => (id === "obsidian" ? obsidianModule : nodeRequire(id));
	const module = { exports: {} as Record<string, unknown> };
	const factory = runInThisContext(`(function (require, module, exports) {${code}\n})`, { filename: mainJs }) as (
		r: typeof pluginRequire,
		m: typeof module,
		e: Record<string, unknown>,
	) => void;
	factory(pluginRequire, module, module.exports);
	const exported = module.exports as { default?: unknown };
	return exported.default ?? exported;
}

function readManifest(mainJs: string): PluginManifest {
	const manifest = JSON.parse(readFileSync(path.join(path.dirname(mainJs), "manifest.json"), "utf8")) as PluginManifest;
	return { ...manifest, dir: `.obsidian/plugins/${manifest.id}` };
}

function listenerCount(events: unknown): Map<string, number> {
	const table = (events as { _: Record<string, unknown[]> })._;
	return new Map(Object.entries(table).map(([name, list]) => [name, list.length]));
}

export async function loadPlugin(options: LoadOptions = {}): Promise<PluginHarness> {
	const mainJs = path.resolve(options.mainJs ?? path.join(process.cwd(), "main.js"));
	const manifest = readManifest(mainJs);
	const leakScope = openLeakScope();

	// Keep the mock-typed adapter: its listAll__() lets the harness see files Obsidian does not index (logs, state).
	const vaultAdapter = options.app ? (options.app.vault.adapter as unknown as ReturnType<typeof obsidianMocks.FileSystemAdapter.create__>) : obsidianMocks.FileSystemAdapter.create__("/mock-vault");
	const app = options.app ?? obsidianMocks.App.createConfigured__({ adapter: vaultAdapter.asOriginalType__(), files: options.vaultFiles ?? {} });
	for (const [id, value] of Object.entries(options.secrets ?? {})) app.secretStorage.setSecret(id, value);

	// Count adapter writes: the proof that onload did no vault work, and the signal settle() waits on.
	let writes = 0;
	const adapter = app.vault.adapter as unknown as Record<string, unknown>;
	for (const name of MUTATING_ADAPTER_METHODS) {
		const original = adapter[name];
		if (typeof original !== "function") continue;
		adapter[name] = (...args: unknown[]): unknown => {
			writes++;
			return (original as (...a: unknown[]) => unknown).apply(adapter, args);
		};
	}

	const emitters = { vault: app.vault, workspace: app.workspace, metadataCache: app.metadataCache };
	const baseline = Object.fromEntries(Object.entries(emitters).map(([k, e]) => [k, listenerCount(e)]));

	const notices: string[] = [];
	class CapturingNotice extends obsidianMocks.Notice {
		constructor(message: string | DocumentFragment, duration?: number) {
			super(message, duration);
			notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		}
	}
	let requestUrl = resolveHttp(options.http ?? "mock");
	const obsidianModule: Record<string, unknown> = {
		...obsidianMocks,
		Notice: CapturingNotice,
		requestUrl: (request: RequestUrlParam | string): Promise<RequestUrlResponse> => requestUrl(request),
	};

	const t0 = performance.now();
	const PluginClass = evaluateMain(mainJs, obsidianModule) as new (app: unknown, manifest: PluginManifest) => LoadedPlugin;
	const plugin = new PluginClass(app.asOriginalType__(), manifest);
	const t1 = performance.now();
	// Obsidian's loadData answers null when there is no data.json; the mocks' default ({}) would hide a first run.
	plugin.data__ = options.data === undefined ? null : structuredClone(options.data);

	// Component.load() calls onload() without awaiting it; keep its promise so we can wait as Obsidian does.
	const onload = plugin.onload;
	const loading: { promise?: Promise<void> | void } = {};
	plugin.onload = function (this: LoadedPlugin) {
		loading.promise = onload.call(this);
		return loading.promise;
	};
	plugin.load();
	await loading.promise;
	const t2 = performance.now();

	let loaded = true;

	async function settle(): Promise<void> {
		let quiet = 0;
		let last = writes;
		while (quiet < QUIET_TURNS) {
			await nextTurn();
			if (writes !== last) {
				last = writes;
				quiet = 0;
			} else quiet++;
		}
	}

	function resolveCommand(id: string): Command {
		const short = id.startsWith(`${manifest.id}:`) ? id.slice(manifest.id.length + 1) : id;
		const command = plugin.commands__.get(short);
		if (!command) throw new Error(`No command "${id}". The plugin registered: ${[...plugin.commands__.keys()].map((k) => `${manifest.id}:${k}`).join(", ")}`);
		return command;
	}

	const harness: PluginHarness = {
		app,
		plugin,
		notices,
		timings: { evaluateMs: t1 - t0, onloadMs: t2 - t1 },
		async layoutReady() {
			app.workspace.setLayoutReady__();
			// The plugin says when its layout-ready start has finished; settle for the writes that follow it.
			// Strict proxies throw on unknown members, so ask with `in` first (test plugins have no `started`).
			const started = "started" in plugin ? (plugin as unknown as { started?: Promise<void> }).started : undefined;
			if (started) await started;
			await settle();
		},
		async runCommand(id) {
			const command = resolveCommand(id);
			if (command.callback) await Promise.resolve(command.callback() as unknown);
			else if (command.checkCallback) {
				if (!command.checkCallback(true)) throw new Error(`The command ${id} is not available right now.`);
				await Promise.resolve(command.checkCallback(false) as unknown);
			} else throw new Error(`The command ${id} needs an editor; the harness runs callback and checkCallback commands.`);
			await settle();
		},
		async unload() {
			if (!loaded) return;
			loaded = false;
			plugin.unload();
			await settle();
		},
		leaks() {
			const appListeners: string[] = [];
			for (const [name, emitter] of Object.entries(emitters)) {
				const before = baseline[name]!;
				for (const [event, n] of listenerCount(emitter)) {
					const extra = n - (before.get(event) ?? 0);
					if (extra > 0) appListeners.push(`${extra} "${event}" listener(s) on app.${name}`);
				}
			}
			const intervals = leakScope.timers("interval");
			const timeouts = leakScope.timers("timeout");
			const domListeners = leakScope.listeners();
			return { intervals, timeouts, domListeners, appListeners, count: intervals.length + timeouts.length + domListeners.length + appListeners.length };
		},
		async readFile(p) {
			return (await app.vault.adapter.exists(p)) ? app.vault.adapter.read(p) : null;
		},
		files() {
			return [...vaultAdapter.listAll__().files].sort();
		},
		folders() {
			return [...vaultAdapter.listAll__().folders].sort();
		},
		get vaultWrites() {
			return writes;
		},
		savedData() {
			return plugin.data__;
		},
		settle,
		async waitFor(predicate, timeoutMs = 5_000) {
			const end = performance.now() + timeoutMs;
			while (!(await predicate())) {
				if (performance.now() > end) throw new Error(`waitFor: condition still false after ${timeoutMs} ms`);
				await settle();
			}
		},
		setRequestUrl(http) {
			requestUrl = resolveHttp(http);
		},
		async dispose() {
			await harness.unload();
			leakScope.close();
		},
	};
	return harness;
}
