// The vault port on Node: a vault folder on disk, with atomic writes, no-overwrite moves and a recursive file watcher.
import { randomBytes } from "node:crypto";
import { watch as fsWatch, readdirSync, statSync } from "node:fs";
import { clearTimeout, setTimeout } from "node:timers";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { VaultEvent, VaultStore } from "../core/ports";
import { joinPath } from "../core/util/paths";
import { LineAppender, nodeAppendDisk, type AppendDisk } from "./append-disk";

export interface NodeVaultStoreOptions {
	/** The vault's config folder, never reported by the watcher. Dot-folders (Obsidian's default) are ignored anyway. */
	configDir?: string | null;
	/** How long the watcher gathers raw events of one path before it reports one event (ms). */
	debounceMs?: number;
	/** Called when the file watcher itself fails (e.g. the vault folder was removed). */
	onWatchError?: (error: Error) => void;
	/** The file layer appends go through (tests inject a full or read-only disk here); node:fs by default. */
	appendDisk?: AppendDisk;
	/** The recursive folder watcher (tests inject one that fails like a system out of inotify watches); fs.watch by default. */
	watchFolder?: (root: string, listener: (type: string, filename: string | null) => void) => FolderWatcher;
}

/** What the store needs of a folder watcher (fs.watch's FSWatcher has it). */
export interface FolderWatcher {
	on(event: "error", listener: (err: Error) => void): unknown;
	close(): void;
}

/**
 * A watcher failure the owner can fix in the system settings: Linux ran out of inotify watches (ENOSPC) or instances
 * (EMFILE). Node reports it once per folder it could not watch, so it is turned into one message with the fix.
 */
export function watchLimitMessage(err: unknown, root: string): string | null {
	const code = errCode(err);
	const setting = code === "ENOSPC" ? "fs.inotify.max_user_watches" : code === "EMFILE" ? "fs.inotify.max_user_instances" : null;
	if (!setting) return null;
	const value = setting === "fs.inotify.max_user_watches" ? 524288 : 1024;
	return (
		`The system's limit of watched folders is reached (${code} from inotify), so changes in ${root} are not seen as they happen; ` +
		`they are picked up by the regular sweeps instead. To fix it, raise the limit: sudo sysctl ${setting}=${value} ` +
		`(add ${setting}=${value} to /etc/sysctl.conf to keep it after a reboot), then restart the runner.`
	);
}

function errCode(err: unknown): string {
	return typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
}

/** `a\b/./c` → `a/b/c`; throws for absolute paths and any `..`, so no path can leave the vault. */
export function normalizeVaultPath(p: string): string {
	const unified = p.replace(/\\/g, "/");
	if (unified.startsWith("/") || /^[a-zA-Z]:/.test(unified)) throw new Error(`The path ${p} is absolute; vault paths are relative to the vault folder.`);
	const parts = unified.split("/");
	if (parts.includes("..")) throw new Error(`The path ${p} points outside the vault; ".." is not allowed in vault paths.`);
	return joinPath(...parts);
}

/** True for the file names the store writes while a write is in flight; they are hidden from lists and the watcher. */
function isHiddenName(name: string): boolean {
	return name.startsWith(".");
}

/** One debounce period's changes, before renames are paired up. */
interface ChangeSet {
	created: { path: string; ino: number }[];
	modified: string[];
	deleted: { path: string; ino: number }[];
}

/** A folder went away: forget (and report) the files known inside it. */
function forgetFolder(rel: string, known: Map<string, number>, deleted: ChangeSet["deleted"]): void {
	for (const [child, ino] of [...known]) {
		if (child.startsWith(rel + "/")) {
			known.delete(child);
			deleted.push({ path: child, ino });
		}
	}
}

/** Deletes and creates of one inode become a rename; the rest stay as they are. Deletes first, then creates, then edits. */
function toEvents({ created, modified, deleted }: ChangeSet): VaultEvent[] {
	const events: VaultEvent[] = [];
	const unpaired = [...created];
	for (const d of deleted) {
		const twin = unpaired.findIndex((c) => c.ino === d.ino);
		if (twin >= 0) {
			events.push({ kind: "rename", path: unpaired[twin]!.path, oldPath: d.path });
			unpaired.splice(twin, 1);
		} else events.push({ kind: "delete", path: d.path });
	}
	for (const c of unpaired) events.push({ kind: "create", path: c.path });
	for (const m of modified) events.push({ kind: "modify", path: m });
	return events;
}

export class NodeVaultStore implements VaultStore {
	readonly root: string;
	private readonly configDir: string | null;
	private readonly debounceMs: number;
	/** Per-path queue, so two edits of one file in this process never interleave their read and write. */
	private readonly queues = new Map<string, Promise<unknown>>();
	/** Remembers where its own appends ended, so an append reads a file's last byte only when someone else changed it. */
	private readonly appender: LineAppender;

	constructor(
		rootDir: string,
		private readonly options: NodeVaultStoreOptions = {},
	) {
		this.root = path.resolve(rootDir);
		this.configDir = options.configDir ? normalizeVaultPath(options.configDir) : null;
		this.debounceMs = options.debounceMs ?? 40;
		this.appender = new LineAppender(options.appendDisk ?? nodeAppendDisk);
	}

	/** The absolute path of a vault path; refuses anything outside the vault root. */
	abs(vaultPath: string): string {
		const rel = normalizeVaultPath(vaultPath);
		const full = path.resolve(this.root, ...rel.split("/").filter((s) => s !== ""));
		if (full !== this.root && !full.startsWith(this.root + path.sep)) throw new Error(`The path ${vaultPath} points outside the vault.`);
		return full;
	}

	private serial<T>(vaultPath: string, job: () => Promise<T>): Promise<T> {
		const key = normalizeVaultPath(vaultPath);
		const previous = this.queues.get(key) ?? Promise.resolve();
		const next = previous.then(job, job);
		const tail = next.catch(() => undefined);
		this.queues.set(key, tail);
		void tail.then(() => {
			if (this.queues.get(key) === tail) this.queues.delete(key);
		});
		return next;
	}

	/** A hidden temporary file beside the target, so the final rename stays on one file system. */
	private tempBeside(full: string): string {
		return path.join(path.dirname(full), `.${path.basename(full)}.${randomBytes(6).toString("hex")}.tmp`);
	}

	private async writeAtomic(full: string, data: string): Promise<void> {
		await fs.mkdir(path.dirname(full), { recursive: true });
		const temp = this.tempBeside(full);
		try {
			await fs.writeFile(temp, data, "utf8");
			// rename replaces the target in one step: a reader sees the old text or the new, never half of it.
			await fs.rename(temp, full);
		} catch (err) {
			await fs.rm(temp, { force: true });
			throw err;
		}
	}

	async read(p: string): Promise<string | null> {
		try {
			return await fs.readFile(this.abs(p), "utf8");
		} catch (err) {
			if (errCode(err) === "ENOENT" || errCode(err) === "EISDIR") return null;
			throw err;
		}
	}

	async write(p: string, data: string): Promise<void> {
		const full = this.abs(p);
		await this.serial(p, () => this.writeAtomic(full, data));
	}

	async createIfMissing(p: string, data: string): Promise<boolean> {
		const full = this.abs(p);
		return await this.serial(p, async () => {
			await fs.mkdir(path.dirname(full), { recursive: true });
			const temp = this.tempBeside(full);
			await fs.writeFile(temp, data, "utf8");
			try {
				// A hard link fails when the target exists, so the complete file appears at once and only one creator wins.
				await fs.link(temp, full);
				return true;
			} catch (err) {
				if (errCode(err) === "EEXIST") return false;
				if (["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(errCode(err))) return this.createExclusive(full, data);
				throw err;
			} finally {
				await fs.rm(temp, { force: true });
			}
		});
	}

	/** For file systems without hard links: exclusive create, then write. */
	private async createExclusive(full: string, data: string): Promise<boolean> {
		try {
			await fs.writeFile(full, data, { encoding: "utf8", flag: "wx" });
			return true;
		} catch (err) {
			if (errCode(err) === "EEXIST") return false;
			throw err;
		}
	}

	async process(p: string, fn: (text: string) => string): Promise<string> {
		const full = this.abs(p);
		return await this.serial(p, async () => {
			let text: string;
			try {
				text = await fs.readFile(full, "utf8");
			} catch (err) {
				if (errCode(err) === "ENOENT") throw new Error(`The note ${normalizeVaultPath(p)} no longer exists.`);
				throw err;
			}
			const next = fn(text);
			await this.writeAtomic(full, next);
			return next;
		});
	}

	async append(p: string, data: string): Promise<void> {
		const full = this.abs(p);
		await this.serial(p, async () => {
			// O_APPEND: the cost does not grow with the file, and concurrent appenders never overwrite each other. Serial
			// per path, so the last-byte check and the write of one process never interleave. The folder is made only
			// when the open says it is missing, not on every append.
			try {
				await this.appender.append(full, data);
			} catch (err) {
				if (errCode(err) !== "ENOENT") throw err;
				await fs.mkdir(path.dirname(full), { recursive: true });
				await this.appender.append(full, data);
			}
		});
	}

	async move(from: string, to: string): Promise<void> {
		const src = this.abs(from);
		const dest = this.abs(to);
		if (!(await this.exists(from))) throw new Error(`The note ${normalizeVaultPath(from)} no longer exists.`);
		await fs.mkdir(path.dirname(dest), { recursive: true });
		try {
			// link + unlink never replaces an existing target, unlike rename.
			await fs.link(src, dest);
		} catch (err) {
			if (errCode(err) === "EEXIST") throw new Error(`A file already exists at ${normalizeVaultPath(to)}.`);
			if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(errCode(err))) throw err;
			if (await this.exists(to)) throw new Error(`A file already exists at ${normalizeVaultPath(to)}.`);
			await fs.rename(src, dest);
			return;
		}
		await fs.unlink(src);
	}

	async exists(p: string): Promise<boolean> {
		try {
			await fs.access(this.abs(p));
			return true;
		} catch {
			return false;
		}
	}

	async mkdir(p: string): Promise<void> {
		await fs.mkdir(this.abs(p), { recursive: true });
	}

	async listFiles(folder: string): Promise<string[]> {
		const rel = normalizeVaultPath(folder);
		let entries: import("node:fs").Dirent[];
		try {
			entries = await fs.readdir(this.abs(folder), { withFileTypes: true });
		} catch (err) {
			if (errCode(err) === "ENOENT" || errCode(err) === "ENOTDIR") return [];
			throw err;
		}
		return entries
			.filter((e) => e.isFile() && !isHiddenName(e.name))
			.map((e) => joinPath(rel, e.name))
			.sort();
	}

	async stat(p: string): Promise<{ size: number; mtime: number } | null> {
		try {
			const s = await fs.stat(this.abs(p));
			return { size: s.size, mtime: s.mtimeMs };
		} catch (err) {
			if (errCode(err) === "ENOENT") return null;
			throw err;
		}
	}

	async remove(p: string): Promise<void> {
		await fs.rm(this.abs(p), { force: true });
	}

	/** True for vault paths the watcher never reports: the config folder and anything under a dot-named segment. */
	private ignored(rel: string): boolean {
		if (rel === "") return true;
		if (this.configDir !== null && (rel === this.configDir || rel.startsWith(this.configDir + "/"))) return true;
		return rel.split("/").some(isHiddenName);
	}

	/** Files under a folder ("" for the whole vault) with their inode, which lets the watcher recognise a rename. */
	private scan(start = ""): Map<string, number> {
		const known = new Map<string, number>();
		const walk = (rel: string): void => {
			let entries: import("node:fs").Dirent[];
			try {
				entries = readdirSync(rel === "" ? this.root : this.abs(rel), { withFileTypes: true });
			} catch {
				return;
			}
			for (const e of entries) {
				const child = joinPath(rel, e.name);
				if (this.ignored(child)) continue;
				if (e.isDirectory()) walk(child);
				else if (e.isFile()) {
					try {
						known.set(child, statSync(this.abs(child)).ino);
					} catch {
						// Gone between readdir and stat: nothing to know.
					}
				}
			}
		};
		walk(start);
		return known;
	}

	/** What happened to each changed path since the last look, measured against the files known before. */
	private classify(paths: string[], known: Map<string, number>): ChangeSet {
		const changes: ChangeSet = { created: [], modified: [], deleted: [] };
		for (const rel of paths) {
			let s: import("node:fs").Stats | null = null;
			try {
				s = statSync(this.abs(rel));
			} catch {
				s = null;
			}
			const before = known.get(rel);
			if (s?.isFile()) {
				if (before === undefined) changes.created.push({ path: rel, ino: s.ino });
				else changes.modified.push(rel);
				known.set(rel, s.ino);
			} else if (s?.isDirectory()) {
				// A folder moved or copied in: its files are new to us.
				for (const [child, ino] of this.scan(rel)) {
					if (!known.has(child)) changes.created.push({ path: child, ino });
					known.set(child, ino);
				}
			} else if (before !== undefined) {
				known.delete(rel);
				changes.deleted.push({ path: rel, ino: before });
			} else forgetFolder(rel, known, changes.deleted);
		}
		return changes;
	}

	/** Raw file-system events (editors and atomic writes fire several per save), debounced into one report per path. */
	private collector(known: Map<string, number>, deliver: (events: VaultEvent[]) => void): { add: (rel: string) => void; stop: () => void } {
		const pending = new Set<string>();
		let timer: NodeJS.Timeout | null = null;
		let firstPendingAt = 0;
		const flush = (): void => {
			timer = null;
			const paths = [...pending].sort();
			pending.clear();
			deliver(toEvents(this.classify(paths, known)));
		};
		return {
			add: (rel) => {
				if (pending.size === 0) firstPendingAt = Date.now();
				pending.add(rel);
				// One report per path per quiet spell, but a vault that never goes quiet (a busy log) still reports
				// within a few debounce periods.
				if (timer) clearTimeout(timer);
				const waited = Date.now() - firstPendingAt;
				timer = setTimeout(flush, waited >= this.debounceMs * 4 ? 0 : this.debounceMs);
			},
			stop: () => {
				if (timer) clearTimeout(timer);
			},
		};
	}

	/** Reports watcher errors; the inotify limit (ENOSPC) once, with the fix, however many folders hit it. */
	private watchErrorReporter(): (err: Error) => void {
		let limitReported = false;
		return (err) => {
			const limit = watchLimitMessage(err, this.root);
			if (limit === null) this.options.onWatchError?.(err);
			else if (!limitReported) {
				limitReported = true;
				this.options.onWatchError?.(Object.assign(new Error(limit), { code: errCode(err) }));
			}
		};
	}

	private startFolderWatch(onPath: (rel: string) => void): FolderWatcher {
		const watchFolder = this.options.watchFolder ?? ((root, fn) => fsWatch(root, { recursive: true }, (type, filename) => fn(type, filename === null ? null : String(filename))));
		try {
			return watchFolder(this.root, (_type, filename) => {
				if (filename === null) return;
				const rel = joinPath(...String(filename).split(path.sep));
				if (!this.ignored(rel)) onPath(rel);
			});
		} catch (err) {
			throw new Error(watchLimitMessage(err, this.root) ?? `Cannot watch the vault folder ${this.root}: ${err instanceof Error ? err.message : String(err)}`);
		}
	}

	watch(listener: (event: VaultEvent) => void): () => void {
		// Scanned synchronously so a file created right after watch() returns is reported as created, not modified.
		const known = this.scan();
		let closed = false;
		const collector = this.collector(known, (events) => {
			for (const e of events) {
				if (closed) return;
				try {
					listener(e);
				} catch (err) {
					// A failing listener must not take the watcher (or, from a timer, the whole runner) down with it.
					this.options.onWatchError?.(err instanceof Error ? err : new Error(String(err)));
				}
			}
		});
		const watcher = this.startFolderWatch((rel) => {
			if (!closed) collector.add(rel);
		});
		watcher.on("error", this.watchErrorReporter());
		return () => {
			closed = true;
			collector.stop();
			watcher.close();
		};
	}
}
