// The headless runner's flow: arguments, settings, mode, executor lock, vault set-up, start, and a clean stop.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { FOLDERS } from "../core/layout/folders";
import type { Engine } from "../core/engine";
import { messageOf } from "../core/util/errors";
import { parseArgs, USAGE, type RunArgs } from "./args";
import { findConfigDir } from "./config-dir";
import { createNodeHost, type Env } from "./host";
import { ExecutorLock, lockPathFor, type LockRecord } from "../core/executor/lock";
import { processIsAlive } from "./process-alive";
import { resolveMode } from "./mode";
import { createHeadlessEngine, withCommandLineSafety } from "./runner";
import { loadSettings } from "./settings-file";
import { WhatsappWebhook } from "./webhook-server";
import { ODOO_URL_VARIABLE, withRunnerEndpoints } from "./endpoints";
import { describeHeldEndpoint } from "../core/settings/endpoints";

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

async function run(args: RunArgs, env: Env, io: MainIo): Promise<number> {
	const vaultDir = path.resolve(io.cwd ?? process.cwd(), args.vault);
	if (!(await isDirectory(vaultDir))) {
		io.stderr(`The vault folder ${vaultDir} does not exist. Point --vault at your vault (the folder that holds Obsidian's config folder), or create the folder first.\n`);
		return EXIT.usage;
	}

	const configDir = args.configDir ?? (await findConfigDir(vaultDir));
	const host = createNodeHost({ vaultDir, env, configDir, write: io.stdout });
	const loaded = await loadSettings(host.vault, configDir);
	const mode = resolveMode(args, env);
	for (const w of mode.warnings) io.stderr(`Warning: ${w}\n`);
	io.stdout(`AI Employee headless runner over ${vaultDir}\n${mode.description}\n`);
	if (loaded.note && loaded.warn) io.stderr(`Warning: ${loaded.note}\n`);
	else if (loaded.note) io.stdout(`${loaded.note}\n`);

	let holdsLock = false;
	let settings;
	try {
		settings = withCommandLineSafety(loaded.settings, mode.dryRun, env);
	} catch (err) {
		io.stderr(`${messageOf(err)}\n`);
		return EXIT.usage;
	}
	const endpoints = withRunnerEndpoints(settings, env);
	settings = endpoints.settings;
	const heldWords = endpoints.held.map(describeHeldEndpoint).join("; ");
	if (heldWords) io.stderr(`Warning: not using ${heldWords} from ${loaded.path || "data.json"}; nothing is sent there. The runner takes the Odoo address from ${ODOO_URL_VARIABLE} and secrets under their documented names.\n`);
	const engine = createHeadlessEngine({ host, settings, isExecutor: () => holdsLock });
	const layout = engine.layout;
	// Checked before the lock file exists, since taking the lock creates its folder inside the layout.
	const needsSetup = !(await host.vault.exists(layout.root)) || (await anyMissing(engine, FOLDERS.map((f) => layout.folder(f))));

	let lost: LockRecord | null | undefined;
	let webhook: WhatsappWebhook | null = null;
	const stopper = args.once ? null : stopSignal(io);
	const lock = new ExecutorLock({
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
			holdsLock = false;
			lost = by;
			stopper?.stop();
		},
		onHeartbeatError: (m) => io.stderr(`Warning: could not refresh the executor lock: ${m}\n`),
	});
	const acquired = await lock.acquire();
	if (!acquired.ok) {
		stopper?.dispose();
		io.stderr(`${acquired.message}\n`);
		return EXIT.locked;
	}
	holdsLock = true;
	if (acquired.tookOverFrom) {
		const t = acquired.tookOverFrom;
		io.stdout(`Took over the executor lock from ${t.holder} (process ${t.pid} on ${t.host}), which stopped without releasing it.\n`);
	}

	try {
		if (loaded.warn) {
			await engine.log.append({ action_type: "settings.invalid", actor: engine.actor, target: loaded.path, result: "refused", error: loaded.note });
		}
		if (heldWords) await engine.log.append({ action_type: "settings.endpoint_held", actor: engine.actor, target: loaded.path || "data.json", result: "refused", approval_status: "refused", error: heldWords });
		if (needsSetup) {
			const report = await engine.setUpVault();
			const created = `${count(report.createdFolders.length, "folder")} and ${count(report.createdFiles.length, "file")}`;
			io.stdout(`Set up the vault: created ${created} under ${layout.root}; kept ${count(report.keptFiles.length, "existing file")}.\n`);
		}
		const details = { mode: mode.dryRun ? "dry_run" : "live", once: args.once, pid: process.pid, time_zone: engine.timeZone };
		await engine.log.append({ action_type: "runner.started", actor: engine.actor, target: layout.root, result: "started", details });
		await engine.start();
		if (args.webhookPort !== null) {
			webhook = new WhatsappWebhook({
				port: args.webhookPort,
				host: args.webhookHost,
				secrets: host.secrets,
				notes: { vault: host.vault, yaml: host.yaml, layout: () => engine.layout, timeZone: () => engine.timeZone, log: engine.log, actor: engine.actor },
			});
			try {
				await webhook.start();
				io.stdout(`Receiving WhatsApp messages at ${webhook.url} (put your reverse proxy or tunnel in front of it).\n`);
			} catch (err) {
				webhook = null;
				io.stderr(`Could not open the WhatsApp webhook on ${args.webhookHost}:${args.webhookPort}: ${messageOf(err)}. Choose another --webhook-port, or stop what uses it.\n`);
				return EXIT.usage;
			}
		}

		if (args.once) {
			await engine.runOnce();
			io.stdout("One pass done.\n");
		} else {
			io.stdout("Running. Press Ctrl+C to stop.\n");
			await stopper?.stopped;
		}
	} finally {
		await webhook?.stop();
		await engine.stop();
		await engine.log.append({ action_type: "runner.stopped", actor: engine.actor, target: layout.root, result: lost === undefined ? "success" : "refused" });
		await engine.log.settle();
		await lock.release();
		stopper?.dispose();
	}

	if (lost !== undefined) {
		const who = lost ? `${lost.holder} (process ${lost.pid} on ${lost.host})` : "another runner";
		io.stderr(`Stopped: ${who} took over the executor lock, probably because this runner missed its heartbeats (sleep or a stalled disk). Only one runner may execute at a time.\n`);
		return EXIT.locked;
	}
	io.stdout("Stopped.\n");
	return EXIT.ok;
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? "" : "s"}`;
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
