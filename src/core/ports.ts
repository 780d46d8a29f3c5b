// The ports: everything the engine needs from outside, implemented once per host (Obsidian, Node, tests).

/** A change in the vault, as the host's file watcher reports it. Paths are vault-relative with `/`. */
export type VaultEvent =
	| { kind: "create" | "modify" | "delete"; path: string }
	| { kind: "rename"; path: string; oldPath: string };

export interface VaultStore {
	/** The file's text, or null when there is no such file. */
	read(path: string): Promise<string | null>;
	/** Creates or overwrites a file (parent folders are created). */
	write(path: string, data: string): Promise<void>;
	/** Creates a file only when nothing is there; returns false (and writes nothing) when it exists. */
	createIfMissing(path: string, data: string): Promise<boolean>;
	/** Atomic read-modify-write of a file's text; returns the new text. Throws when the file is missing. */
	process(path: string, fn: (text: string) => string): Promise<string>;
	/**
	 * Appends to a file without reading it back (creates it when missing). The data always starts on a fresh line: when
	 * the file does not end with a newline (a torn last line after a crash) one is added first. A failed append (full
	 * disk, read-only folder) leaves the file exactly as it was, so a retry never glues onto a fragment.
	 */
	append(path: string, data: string): Promise<void>;
	/** Moves a file, keeping links where the host can. Fails when `to` exists. */
	move(from: string, to: string): Promise<void>;
	exists(path: string): Promise<boolean>;
	/** Creates a folder and its parents; no-op when it exists. */
	mkdir(path: string): Promise<void>;
	/** Paths of the files directly inside a folder (not recursive); [] when the folder is missing. */
	listFiles(folder: string): Promise<string[]>;
	/** Size in bytes and modification time in ms, or null when missing. */
	stat(path: string): Promise<{ size: number; mtime: number } | null>;
	remove(path: string): Promise<void>;
	/** Subscribes to vault changes; returns the unsubscribe function. */
	watch(listener: (event: VaultEvent) => void): () => void;
}

export interface SecretStore {
	/** A secret by its name (lowercase letters, digits and dashes), or null when unset. */
	get(name: string): string | null;
	/** Stores a secret on this device. Throws when the host has no writable secret storage. */
	set(name: string, value: string): void;
}

export interface HttpRequest {
	url: string;
	method?: string;
	headers?: Record<string, string>;
	body?: string | ArrayBuffer;
	timeoutMs?: number;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, string>;
	text: string;
}

export interface HttpClient {
	/** Sends one request. Resolves for every HTTP status; rejects only when no response arrived. */
	request(req: HttpRequest): Promise<HttpResponse>;
}

export type TimerHandle = { readonly id: unknown };

export interface Clock {
	now(): number;
	setTimeout(fn: () => void, ms: number): TimerHandle;
	clearTimeout(handle: TimerHandle): void;
	setInterval(fn: () => void, ms: number): TimerHandle;
	clearInterval(handle: TimerHandle): void;
}

export type NoticeKind = "info" | "approval" | "failure" | "auth";

export interface Notifier {
	notify(message: string, kind?: NoticeKind): void;
}

/** YAML for frontmatter: Obsidian's own parser in the app, the `yaml` package elsewhere (keeps main.js small). */
export interface YamlCodec {
	/** Parses YAML text; throws with a readable message on malformed input. */
	parse(text: string): unknown;
	stringify(value: unknown): string;
}

/**
 * Records kept on this device only, where nothing that writes the vault can reach them: the app's local storage
 * (per vault) or the headless runner's own state folder. The executor's record of consumed approvals lives here.
 */
export interface DeviceStateStore {
	/** The text stored under a name, or null. */
	get(name: string): Promise<string | null>;
	/** Stores text under a name, durably; throws when the device refuses (then the caller must not go on). */
	set(name: string, text: string): Promise<void>;
	/** A random secret of this device (made on first use, never in the vault): seals what is stored here. */
	deviceKey(): Promise<string>;
	/** Where the records live, in words, for messages (e.g. "this app's local storage"). */
	readonly where: string;
}

/** Everything a host hands the engine. */
export interface Host {
	vault: VaultStore;
	secrets: SecretStore;
	http: HttpClient;
	clock: Clock;
	notifier: Notifier;
	yaml: YamlCodec;
	/** The IANA time zone of the user (e.g. "Europe/Berlin"). */
	timeZone: string;
	/** A stable id of this device or runner, for logs and executor choice. */
	deviceId: string;
	/** This device's own records outside the vault; without it (tests) the engine keeps them in memory. */
	deviceState?: DeviceStateStore;
}
