// Builds the engine's host from the Obsidian app: vault, secret storage (env fallback), requestUrl, timers, notices.
import { type App, Notice, parseYaml, requestUrl, stringifyYaml } from "obsidian";
import type { Clock, Host, HttpClient, HttpRequest, HttpResponse, Notifier, SecretStore, TimerHandle } from "../core/ports";
import { deadlineMessage } from "../core/net/deadline";
import { envNameForSecret } from "../core/secrets";
import { ObsidianVaultStore } from "./vault-store";

class ObsidianSecrets implements SecretStore {
	constructor(private readonly app: App) {}

	get(name: string): string | null {
		const stored = this.app.secretStorage.getSecret(name);
		if (stored) return stored;
		// Desktop only: the environment is the documented fallback for every secret.
		const env = typeof process !== "undefined" ? process.env[envNameForSecret(name)] : undefined;
		return env && env !== "" ? env : null;
	}

	set(name: string, value: string): void {
		this.app.secretStorage.setSecret(name, value);
	}
}

/** Obsidian's requestUrl has no timeout option: it is raced against a timer, and a late answer is dropped. */
class ObsidianHttp implements HttpClient {
	async request(req: HttpRequest): Promise<HttpResponse> {
		const call = requestUrl({ url: req.url, method: req.method ?? "GET", headers: req.headers, body: req.body, throw: false }).then((r) => ({
			status: r.status,
			headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v])),
			text: r.text,
		}));
		if (!req.timeoutMs) return call;
		// The losing request keeps running inside Obsidian; its late failure must not surface as an unhandled rejection.
		call.catch(() => undefined);
		let timer: number | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = window.setTimeout(() => reject(new Error(deadlineMessage(hostOf(req.url), req.timeoutMs ?? 0))), req.timeoutMs);
		});
		try {
			return await Promise.race([call, timeout]);
		} finally {
			window.clearTimeout(timer);
		}
	}
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

const windowClock: Clock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => ({ id: window.setTimeout(fn, ms) }),
	clearTimeout: (h: TimerHandle) => window.clearTimeout(h.id as number),
	setInterval: (fn, ms) => ({ id: window.setInterval(fn, ms) }),
	clearInterval: (h: TimerHandle) => window.clearInterval(h.id as number),
};

const DEVICE_ID_KEY = "ai-employee-device-id";

/** A random id per device, kept in the app's local storage (which does not sync). */
export function deviceIdFor(app: App): string {
	const stored: unknown = app.loadLocalStorage(DEVICE_ID_KEY);
	if (typeof stored === "string" && stored !== "") return stored;
	const id = `device-${Math.random().toString(36).slice(2, 10)}`;
	app.saveLocalStorage(DEVICE_ID_KEY, id);
	return id;
}

export function createObsidianHost(app: App, notifier?: Notifier): Host {
	return {
		vault: new ObsidianVaultStore(app),
		secrets: new ObsidianSecrets(app),
		http: new ObsidianHttp(),
		clock: windowClock,
		notifier: notifier ?? { notify: (message) => new Notice(message) },
		yaml: { parse: (text) => parseYaml(text) as unknown, stringify: (value) => stringifyYaml(value) },
		timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
		deviceId: deviceIdFor(app),
	};
}
