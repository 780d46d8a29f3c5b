// The headless runner's flow: arguments, settings, mode, executor lock, vault set-up, start, and a clean stop.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { FOLDERS } from "../core/layout/folders";
import type { Engine } from "../core/engine";
import type { Layout } from "../core/layout/folders";
import type { Host } from "../core/ports";
import type { Settings } from "../core/settings/schema";
import { messageOf } from "../core/util/errors";
import { parseArgs, USAGE, VERSION, type RunArgs } from "./args";
import { APPROVAL_KEY_SECRET } from "../core/secrets";
import { findConfigDir } from "./config-dir";
import { defaultSettings } from "../core/settings/parse";
import { createNodeHost, type Env } from "./host";
import { ExecutorLock, lockPathFor, type LockRecord } from "../core/executor/lock";
import { processIsAlive } from "./process-alive";
import { resolveMode, type Mode } from "./mode";
import { createHeadlessEngine, withCommandLineSafety } from "./runner";
import { loadSettings, type LoadedSettings } from "./settings-file";
import { WhatsappWebhook } from "./webhook-server";
import { ODOO_URL_VARIABLE, withRunnerEndpoints } from "./endpoints";
import { describeHeldEndpoint } from "../core/settings/endpoints";
import { stateBaseDir, vaultStateDir } from "./state-dir";

export const EXIT = { ok: 0, error: 1, usage: 2, locked: 3 } as const;

export interface MainIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Base for a relative --vault (default: the process's working directory). */
	cwd?: string;
	/** Stops a long-running runner, like SIGINT does (used by tests and embedders). */
	signal?: AbortSignal;
	/** Listen for SIGINT/SIGTERM (default true). */
	handleSignals?: boolean;
	/** Lock timing; the defaults (90 s stale, 30 s heartbeat) suit real use. */
	lockTiming?: { staleAfterMs?: number; heartbeatMs?: number };
}

const processIo: MainIo = {
	stdout: (t) => void process.stdout.write(t),
	stderr: (t) => void process.stderr.write(t),
};

/** Runs the CLI and returns its exit code; never calls process.exit. */
export async function main(argv: readonly string[], env: Env, io: MainIo = processIo): Promise<number> {
	const parsed = parseArgs(argv);
	if (parsed.kind === "help") {
		io.stdout(USAGE);
		return EXIT.ok;
	}
	if (parsed.kind === "version") {
		io.stdout(`ai-employee ${VERSION}\n`);
		return EXIT.ok;
	}
	if (parsed.kind === "error") {
		io.stderr(`${parsed.message}\n\n${USAGE}`);
		return EXIT.usage;
	}
	try {
		return await run(parsed, env, io);
	} catch (err) {
		io.stderr(`AI Employee stopped on an unexpected error: ${messageOf(err)}\n`);
		return EXIT.error;
	}
}

async function isDirectory(p: string): Promise<boolean> {
	try {
		return (await fs.stat(p)).isDirectory();
	} catch {
		return false;
	}
}

/** The vault folder, its config folder and this runner's records folder outside it. */
interface Place {
	vaultDir: string;
	configDir: string | null;
	stateDir: string;
}

/** What the runner starts with: its host, the settings it will use, the mode and whether it may execute at all. */
interface Prepared {
	host: Host;
	loaded: LoadedSettings;
	mode: Mode;
	settings: Settings;
	hasKey: boolean;
	/** The endpoints in data.json the runner does not use, in words; "" when none. */
	heldWords: string;
}

/** What changes while the runner runs, read by the lock's callbacks and the final exit code. */
interface RunState {
	holdsLock: boolean;
	/** Set when another runner took the lock over: its record, or null when it could not be read. */
	lost: LockRecord | null | undefined;
	webhook: WhatsappWebhook | null;
	workflowFailed: boolean;
}

type Stopper = ReturnType<typeof stopSignal>;

/** The running engine and what its steps share; the layout is the one it started with (lock, set-up, start and stop lines). */
interface Running {
	engine: Engine;
	layout: Layout;
	io: MainIo;
	state: RunState;
	stopper: Stopper | null;
}

async function run(args: RunArgs, env: Env, io: MainIo): Promise<number> {
	const place = await findPlace(args, env, io);
	if (typeof place === "number") return place;
	const prepared = await prepare(place, args, env, io);
	if (typeof prepared === "number") return prepared;
	const { host } = prepared;
	const state: RunState = { holdsLock: false, lost: undefined, webhook: null, workflowFailed: false };
	const engine = createHeadlessEngine({ host, settings: prepared.settings, isExecutor: () => state.holdsLock });
	const layout = engine.layout;
	// Checked before the lock file exists, since taking the lock creates its folder inside the layout.
	const needsSetup = !(await host.vault.exists(layout.root)) || (await anyMissing(engine, FOLDERS.map((f) => layout.folder(f))));

	const running: Running = { engine, layout, io, state, stopper: args.once ? null : stopSignal(io) };
	const { stopper } = running;
	const lock = executorLock(host, running);
	const acquired = await lock.acquire();
	if (!acquired.ok) {
		stopper?.dispose();
		io.stderr(`${acquired.message}\n`);
		return EXIT.locked;
	}
	state.holdsLock = true;
	if (acquired.tookOverFrom) {
		const t = acquired.tookOverFrom;
		io.stdout(`Took over the executor lock from ${t.holder} (process ${t.pid} on ${t.host}), which stopped without releasing it.\n`);
	}

	let early: number | null;
	try {
		early = await serve(running, prepared, args, needsSetup);
	} finally {
		await shutDown(running, lock);
	}
	return early ?? finalExit(state, io);
}

/** The vault folder checked (an Obsidian vault, or one set up before, or --init) and the records folder made. */
async function findPlace(args: RunArgs, env: Env, io: MainIo): Promise<Place | number> {
	const vaultDir = path.resolve(io.cwd ?? process.cwd(), args.vault);
	if (!(await isDirectory(vaultDir))) {
		io.stderr(`The vault folder ${vaultDir} does not exist. Point --vault at your vault (the folder that holds Obsidian's config folder), or create the folder first.\n`);
		return EXIT.usage;
	}

	const configDir = args.configDir ?? (await findConfigDir(vaultDir));
	const hasConfig = configDir !== null && (await isDirectory(path.join(vaultDir, configDir)));
	// A folder the runner set up before (with --init) holds the plugin's layout; anything else needs the owner's word.
	const setUpBefore = await isDirectory(path.join(vaultDir, defaultSettings().rootFolder, "Logs"));
	if (!hasConfig && !setUpBefore) {
		if (!args.init) {
			// A typo in --vault must not fill some other folder with the plugin's folders and notes.
			const which = configDir === null ? "the hidden folder where Obsidian keeps the vault's settings" : configDir;
			io.stderr(`${vaultDir} is not an Obsidian vault: it has no config folder (${which}). Point --vault at your vault, or pass --init to set up this folder as a new one.\n`);
			return EXIT.usage;
		}
		if (configDir !== null) await fs.mkdir(path.join(vaultDir, configDir), { recursive: true });
		io.stdout(`Setting up ${vaultDir} as a new vault (--init).\n`);
	}
	const state = await vaultStateDir(stateBaseDir(args.stateDir, env, io.cwd ?? process.cwd()), vaultDir);
	if (!state.ok) {
		io.stderr(`${state.message}\n`);
		return EXIT.usage;
	}
	return { vaultDir, configDir, stateDir: state.dir };
}

/** The host, the mode and the settings the runner uses, with what the owner should know about them said once. */
async function prepare({ vaultDir, configDir, stateDir }: Place, args: RunArgs, env: Env, io: MainIo): Promise<Prepared | number> {
	const host = createNodeHost({ vaultDir, env, configDir, write: io.stdout, stateDir });
	const loaded = await loadSettings(host.vault, configDir);
	const mode = resolveMode(args, env);
	for (const w of mode.warnings) io.stderr(`Warning: ${w}\n`);
	io.stdout(`AI Employee headless runner over ${vaultDir}\n${mode.description}\nRecords what it executes in ${stateDir} (outside the vault).\n`);
	const hasKey = host.secrets.get(APPROVAL_KEY_SECRET) !== null;
	if (!hasKey) {
		io.stdout(
			"No approval key: AI_EMPLOYEE_APPROVAL_KEY is not set, so this runner executes nothing (approved requests wait, nothing is auto-approved). Copy the key from the AI Employee settings of the device you approve on (Copy key) into AI_EMPLOYEE_APPROVAL_KEY.\n",
		);
	}
	if (loaded.note && loaded.warn) io.stderr(`Warning: ${loaded.note}\n`);
	else if (loaded.note) io.stdout(`${loaded.note}\n`);

	let safe: Settings;
	try {
		safe = withCommandLineSafety(loaded.settings, mode.dryRun, env);
	} catch (err) {
		io.stderr(`${messageOf(err)}\n`);
		return EXIT.usage;
	}
	const endpoints = withRunnerEndpoints(safe, env);
	const heldWords = endpoints.held.map(describeHeldEndpoint).join("; ");
	if (heldWords) io.stderr(`Warning: not using ${heldWords} from ${loaded.path || "data.json"}; nothing is sent there. The runner takes the Odoo address from ${ODOO_URL_VARIABLE} and secrets under their documented names.\n`);
	return { host, loaded, mode, settings: endpoints.settings, hasKey, heldWords };
}

function executorLock(host: Host, { engine, layout, io, state, stopper }: Running): ExecutorLock {
	return new ExecutorLock({
		vault: host.vault,
		path: lockPathFor(layout),
		clock: host.clock,
		holder: `${host.deviceId}-${process.pid}-${randomBytes(3).toString("hex")}`,
		pid: process.pid,
		hostName: os.hostname(),
		timeZone: engine.timeZone,
		isAlive: processIsAlive,
		...io.lockTiming,
		onLost: (by) => {
			state.holdsLock = false;
			state.lost = by;
			stopper?.stop();
		},
		onHeartbeatError: (m) => io.stderr(`Warning: could not refresh the executor lock: ${m}\n`),
	});
}

/** Holding the lock: log, set up, start, then one pass or run until stopped. A number is an exit code that ends it early. */
async function serve({ engine, layout, io, state, stopper }: Running, p: Prepared, args: RunArgs, needsSetup: boolean): Promise<number | null> {
	const { loaded, heldWords } = p;
	if (loaded.warn) {
		await engine.log.append({ action_type: "settings.invalid", actor: engine.actor, target: loaded.path, result: "refused", error: loaded.note });
	}
	if (heldWords) await engine.log.append({ action_type: "settings.endpoint_held", actor: engine.actor, target: loaded.path || "data.json", result: "refused", approval_status: "refused", error: heldWords });
	if (needsSetup) {
		const report = await engine.setUpVault();
		const created = `${count(report.createdFolders.length, "folder")} and ${count(report.createdFiles.length, "file")}`;
		io.stdout(`Set up the vault: created ${created} under ${layout.root}; kept ${count(report.keptFiles.length, "existing file")}.\n`);
	}
	const details = { mode: p.mode.dryRun ? "dry_run" : "live", once: args.once, pid: process.pid, time_zone: engine.timeZone, approval_key: p.hasKey };
	await engine.log.append({ action_type: "runner.started", actor: engine.actor, target: layout.root, result: "started", details });
	await engine.start();
	if (args.webhookPort !== null && !(await openWebhook(engine, p.host, args, args.webhookPort, io, state))) return EXIT.usage;

	// A runner whose request workflow cannot run must not look healthy: say why and exit non-zero.
	const startProblem = engine.workflowProblem();
	if (startProblem) {
		io.stderr(`${startProblem}\n`);
		state.workflowFailed = true;
	} else if (args.once) {
		const failed = (await engine.runOnce()).filter((f) => f.service === engine.workflow.name);
		for (const f of failed) io.stderr(`The request workflow failed: ${f.error}\n`);
		state.workflowFailed = failed.length > 0;
		io.stdout(state.workflowFailed ? "One pass done, with errors.\n" : "One pass done.\n");
	} else {
		io.stdout("Running. Press Ctrl+C to stop.\n");
		await stopper?.stopped;
	}
	return null;
}

/** Opens the WhatsApp webhook; false (said on stderr) when the port cannot be opened. */
async function openWebhook(engine: Engine, host: Host, args: RunArgs, port: number, io: MainIo, state: RunState): Promise<boolean> {
	const webhook = new WhatsappWebhook({
		port,
		host: args.webhookHost,
		secrets: host.secrets,
		notes: { vault: host.vault, yaml: host.yaml, layout: () => engine.layout, timeZone: () => engine.timeZone, log: engine.log, actor: engine.actor },
	});
	try {
		await webhook.start();
		state.webhook = webhook;
		io.stdout(`Receiving WhatsApp messages at ${webhook.url} (put your reverse proxy or tunnel in front of it).\n`);
		return true;
	} catch (err) {
		io.stderr(`Could not open the WhatsApp webhook on ${args.webhookHost}:${port}: ${messageOf(err)}. Choose another --webhook-port, or stop what uses it.\n`);
		return false;
	}
}

/** Stops everything in order and releases the lock; audit lines the disk refused go to stderr rather than being lost. */
async function shutDown({ engine, layout, io, state, stopper }: Running, lock: ExecutorLock): Promise<void> {
	await state.webhook?.stop();
	await engine.stop();
	await engine.log.append({ action_type: "runner.stopped", actor: engine.actor, target: layout.root, result: state.lost === undefined ? "success" : "refused" });
	await engine.log.settle();
	const held = engine.log.heldLines();
	if (held.length > 0) {
		// The disk never took them: the runner's output is the last place they can go.
		io.stderr(`AI Employee could not write ${count(held.length, "audit log entry", "audit log entries")} to ${layout.folder("Logs")} (the disk refused them). Here they are, so they are not lost:\n${held.join("\n")}\n`);
	}
	await lock.release();
	stopper?.dispose();
}

function finalExit(state: RunState, io: MainIo): number {
	if (state.lost !== undefined) {
		const lost = state.lost;
		const who = lost ? `${lost.holder} (process ${lost.pid} on ${lost.host})` : "another runner";
		io.stderr(`Stopped: ${who} took over the executor lock, probably because this runner missed its heartbeats (sleep or a stalled disk). Only one runner may execute at a time.\n`);
		return EXIT.locked;
	}
	if (state.workflowFailed) return EXIT.error;
	io.stdout("Stopped.\n");
	return EXIT.ok;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
	return `${n} ${n === 1 ? noun : plural}`;
}

async function anyMissing(engine: Engine, paths: string[]): Promise<boolean> {
	for (const p of paths) if (!(await engine.host.vault.exists(p))) return true;
	return false;
}

/**
 * Waits for SIGINT/SIGTERM, the abort signal, or a lost lock. The signal listeners stay until `dispose`, so a second
 * Ctrl+C during a slow stop exits at once instead of being ignored.
 */
function stopSignal(io: MainIo): { stopped: Promise<void>; stop: () => void; dispose: () => void } {
	let stopping = false;
	let resolve: () => void = () => undefined;
	const stopped = new Promise<void>((r) => (resolve = r));
	const stop = (): void => {
		if (stopping) return;
		stopping = true;
		resolve();
	};
	const onSignal = (name: string): void => {
		if (stopping) {
			io.stderr("Second signal: exiting without waiting for the stop to finish.\n");
			process.exit(130);
		}
		io.stdout(`Stopping (${name})…\n`);
		stop();
	};
	const sigint = (): void => onSignal("SIGINT");
	const sigterm = (): void => onSignal("SIGTERM");
	if (io.signal?.aborted) stop();
	io.signal?.addEventListener("abort", stop);
	if (io.handleSignals !== false) {
		process.on("SIGINT", sigint);
		process.on("SIGTERM", sigterm);
	}
	const dispose = (): void => {
		io.signal?.removeEventListener("abort", stop);
		process.off("SIGINT", sigint);
		process.off("SIGTERM", sigterm);
	};
	return { stopped, stop, dispose };
}
