// Builds the engine's host for the headless runner: the vault folder, secrets from the environment, Node HTTP and timers, stdout.
import * as os from "node:os";
import { clearInterval, clearTimeout, setInterval, setTimeout } from "node:timers";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import type { Clock, Host, Notifier, NoticeKind, SecretStore, TimerHandle, YamlCodec } from "../core/ports";
import { envNameForSecret } from "../core/secrets";
import { NodeHttpClient } from "./http";
import { NodeVaultStore } from "./vault-store";
import { routedHttp, routesFrom, ROUTES_VARIABLE } from "./routes";
import { NodeDeviceState } from "./device-state";
import type { Env } from "./env";

export type { Env };

/** Secrets come from the environment only: a headless machine has no secret storage, and the vault must never hold them. */
export class EnvSecrets implements SecretStore {
	constructor(private readonly env: Env) {}

	get(name: string): string | null {
		const value = this.env[envNameForSecret(name)];
		return value !== undefined && value !== "" ? value : null;
	}

	set(name: string): void {
		const variable = envNameForSecret(name);
		throw new Error(
			`The headless runner cannot store secrets. Set the environment variable ${variable} for the runner (for example in its service file or shell profile) and start it again.`,
		);
	}
}

export const nodeYaml: YamlCodec = {
	parse: (text) => parseYaml(text) as unknown,
	stringify: (value) => stringifyYaml(value),
};

export const nodeClock: Clock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => ({ id: setTimeout(fn, ms) }),
	clearTimeout: (h: TimerHandle) => clearTimeout(h.id as NodeJS.Timeout),
	setInterval: (fn, ms) => ({ id: setInterval(fn, ms) }),
	clearInterval: (h: TimerHandle) => clearInterval(h.id as NodeJS.Timeout),
};

/** Prints notices as lines, prefixed so they stand out in a service's journal. */
export class StdoutNotifier implements Notifier {
	constructor(private readonly write: (line: string) => void) {}

	notify(message: string, kind: NoticeKind = "info"): void {
		const tag = kind === "info" ? "" : ` ${kind}`;
		// Sign-in advice speaks of the app's settings; on a runner the credentials live in its environment.
		const runnerHint =
			kind === "auth"
				? " On this runner, credentials come from its environment: set the secret's variable (listed by ai-employee --help, e.g. AI_EMPLOYEE_GOOGLE_REFRESH_TOKEN copied from the app after Connect Gmail), then restart the runner."
				: "";
		this.write(`[ai-employee${tag}] ${message}${runnerHint}\n`);
	}
}

function isValidZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat("en-US", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** `TZ` when it names a real IANA zone (e.g. Europe/Berlin), else the system's zone. */
export function timeZoneFrom(env: Env): string {
	const tz = env.TZ?.replace(/^:/, "").trim();
	if (tz && isValidZone(tz)) return tz;
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `AI_EMPLOYEE_DEVICE_ID` when set, else the machine's host name, as a lowercase slug. */
export function deviceIdFrom(env: Env, hostName = os.hostname()): string {
	const raw = env.AI_EMPLOYEE_DEVICE_ID?.trim() || hostName;
	const slug = raw
		.toLowerCase()
		.replace(/[^a-z0-9-]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return slug === "" ? "headless" : slug;
}

export interface NodeHostOptions {
	vaultDir: string;
	env: Env;
	configDir?: string | null;
	/** Where notices go; stdout by default. */
	write?: (text: string) => void;
	/** This vault's state folder outside the vault (see state-dir.ts); without it the records live in memory only. */
	stateDir?: string | null;
}

export function createNodeHost(options: NodeHostOptions): Host {
	const write = options.write ?? ((text: string) => void process.stdout.write(text));
	const notifier = new StdoutNotifier(write);
	const onWatchError = (err: Error): void => notifier.notify(`AI Employee: watching the vault folder failed: ${err.message}`, "failure");
	// Stand-ins for the built-in service addresses come only from this process's environment, and are said out loud.
	const { routes, problems } = routesFrom(options.env);
	for (const p of problems) write(`Warning: ${p}\n`);
	const routed = Object.entries(routes);
	if (routed.length > 0) write(`Test routes from ${ROUTES_VARIABLE}: ${routed.map(([from, to]) => `${from} → ${to}`).join(", ")}\n`);
	return {
		vault: new NodeVaultStore(options.vaultDir, { configDir: options.configDir, onWatchError }),
		secrets: new EnvSecrets(options.env),
		http: routedHttp(new NodeHttpClient(), routes),
		clock: nodeClock,
		notifier,
		yaml: nodeYaml,
		timeZone: timeZoneFrom(options.env),
		deviceId: deviceIdFrom(options.env),
		deviceState: options.stateDir ? new NodeDeviceState(options.stateDir) : undefined,
	};
}
