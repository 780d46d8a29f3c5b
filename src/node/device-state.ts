// The runner's device state: one JSON line per record in `records.jsonl` (last line per name wins), and a device key
// in `device-key`, both in its state folder outside the vault, readable by this user only. Every write is synced to
// disk before the caller goes on, because the executor writes its "started" record here before the wire.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { DeviceStateStore } from "../core/ports";

export class NodeDeviceState implements DeviceStateStore {
	private map: Map<string, string> | null = null;
	private loading: Promise<Map<string, string>> | null = null;
	/** True when the file does not end with a newline (a torn last line): the next record starts on a fresh line. */
	private needsNewline = false;
	private key: Promise<string> | null = null;
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly dir: string) {}

	get where(): string {
		return `the runner's state folder ${this.dir}`;
	}

	private get file(): string {
		return path.join(this.dir, "records.jsonl");
	}

	private load(): Promise<Map<string, string>> {
		if (this.map) return Promise.resolve(this.map);
		this.loading ??= (async () => {
			const map = new Map<string, string>();
			let text = "";
			try {
				text = await fs.readFile(this.file, "utf8");
			} catch (err) {
				if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
			}
			for (const line of text.split("\n")) {
				if (!line.trim()) continue;
				try {
					const v = JSON.parse(line) as { n?: unknown; t?: unknown };
					if (typeof v.n === "string" && typeof v.t === "string") map.set(v.n, v.t);
				} catch {
					// A torn line (crash mid-write): the record it held was never relied on.
				}
			}
			this.needsNewline = text.length > 0 && !text.endsWith("\n");
			this.map = map;
			return map;
		})();
		return this.loading;
	}

	async get(name: string): Promise<string | null> {
		return (await this.load()).get(name) ?? null;
	}

	set(name: string, text: string): Promise<void> {
		// One write at a time, in order: the file is append-only and each line must land whole.
		const run = this.queue.then(async () => {
			const map = await this.load();
			await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
			const line = (this.needsNewline ? "\n" : "") + JSON.stringify({ n: name, t: text }) + "\n";
			const handle = await fs.open(this.file, "a", 0o600);
			try {
				await handle.write(line);
				await handle.datasync();
			} finally {
				await handle.close();
			}
			this.needsNewline = false;
			map.set(name, text);
		});
		this.queue = run.catch(() => undefined);
		return run;
	}

	deviceKey(): Promise<string> {
		this.key ??= this.readOrMakeKey().catch((err: unknown) => {
			this.key = null;
			throw err;
		});
		return this.key;
	}

	private async readOrMakeKey(): Promise<string> {
		const file = path.join(this.dir, "device-key");
		try {
			const k = (await fs.readFile(file, "utf8")).trim();
			if (/^[0-9a-f]{64}$/.test(k)) return k;
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
		}
		await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
		const key = randomBytes(32).toString("hex");
		// A damaged key file is replaced: the records sealed with it then count as damaged, which only refuses more.
		await fs.writeFile(file, key + "\n", { mode: 0o600 });
		return key;
	}
}
