// The vault port on Obsidian: app.vault and fileManager, so edits are atomic and moves keep links.
import { type App, type EventRef, normalizePath, TFile, TFolder } from "obsidian";
import type { VaultEvent, VaultStore } from "../core/ports";
import { parentOf } from "../core/util/paths";

export class ObsidianVaultStore implements VaultStore {
	/** Size of each file right after our own append of whole lines: while it still has that size, it ends with a newline. */
	private readonly cleanEnd = new Map<string, number>();
	/** Per-path queue, so the end check and the append of two calls never interleave. */
	private readonly appends = new Map<string, Promise<unknown>>();

	constructor(private readonly app: App) {}

	private file(path: string): TFile | null {
		return this.app.vault.getFileByPath(normalizePath(path));
	}

	async read(path: string): Promise<string | null> {
		const file = this.file(path);
		if (file) return this.app.vault.read(file);
		// Files Obsidian does not index (e.g. under a dot folder) are read through the adapter.
		const p = normalizePath(path);
		if (await this.app.vault.adapter.exists(p)) return this.app.vault.adapter.read(p);
		return null;
	}

	async write(path: string, data: string): Promise<void> {
		const file = this.file(path);
		if (file) {
			await this.app.vault.modify(file, data);
			return;
		}
		await this.mkdir(parentOf(path));
		await this.app.vault.create(normalizePath(path), data);
	}

	async createIfMissing(path: string, data: string): Promise<boolean> {
		if (await this.exists(path)) return false;
		await this.mkdir(parentOf(path));
		await this.app.vault.create(normalizePath(path), data);
		return true;
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		const file = this.file(path);
		if (!file) throw new Error(`The note ${path} no longer exists.`);
		return this.app.vault.process(file, fn);
	}

	async append(path: string, data: string): Promise<void> {
		const p = normalizePath(path);
		const previous = this.appends.get(p) ?? Promise.resolve();
		// One append at a time per file, whether the previous one worked or not.
		const next = async (): Promise<void> => {
			await this.appendNow(p, data);
		};
		const job = previous.then(next, next);
		const tail = job.catch(() => undefined);
		this.appends.set(p, tail);
		void tail.then(() => {
			if (this.appends.get(p) === tail) this.appends.delete(p);
		});
		return job;
	}

	/** Starts the data on a fresh line and leaves the file as it was when the append fails (see the port). */
	private async appendNow(p: string, data: string): Promise<void> {
		if (data === "") return;
		const adapter = this.app.vault.adapter;
		await this.mkdir(parentOf(p));
		const before = await adapter.stat(p);
		if (!before) {
			try {
				await adapter.write(p, data);
			} catch (err) {
				await adapter.remove(p).catch(() => undefined);
				throw err;
			}
			await this.rememberEnd(p, data);
			return;
		}
		let text = data;
		// The adapter cannot read one byte, so the end is checked by reading the file once (first append this session, or
		// after another writer such as a synced device changed it); our own appends keep the answer without reading.
		if (before.size > 0 && this.cleanEnd.get(p) !== before.size) {
			const old = await adapter.read(p);
			if (old !== "" && !old.endsWith("\n")) text = "\n" + data;
		}
		try {
			// The adapter appends without reading the file back, so a long log costs the same as a short one.
			await adapter.append(p, text);
		} catch (err) {
			this.cleanEnd.delete(p);
			await this.cutBack(p, before.size, text);
			throw err;
		}
		await this.rememberEnd(p, text);
	}

	private async rememberEnd(p: string, written: string): Promise<void> {
		const after = written.endsWith("\n") ? await this.app.vault.adapter.stat(p) : null;
		if (after) this.cleanEnd.set(p, after.size);
		else this.cleanEnd.delete(p);
	}

	/** After a failed append: removes whatever part of `attempted` reached the disk, back to the old size. */
	private async cutBack(p: string, size: number, attempted: string): Promise<void> {
		const adapter = this.app.vault.adapter;
		try {
			const now = await adapter.stat(p);
			if (!now || now.size <= size) return;
			const current = await adapter.read(p);
			const encoder = new TextEncoder();
			for (let j = Math.min(attempted.length, current.length); j > 0; j--) {
				const keep = current.slice(0, current.length - j);
				// The size is in bytes on disk (and in characters in some adapters): either way it names the old end.
				if (current.endsWith(attempted.slice(0, j)) && (encoder.encode(keep).length === size || keep.length === size)) {
					await adapter.write(p, keep);
					return;
				}
			}
		} catch {
			// The disk still refuses; the next append starts on a fresh line anyway, and the reader skips the fragment.
		}
	}

	async move(from: string, to: string): Promise<void> {
		const file = this.file(from);
		if (!file) throw new Error(`The note ${from} no longer exists.`);
		if (await this.exists(to)) throw new Error(`A file already exists at ${to}.`);
		await this.mkdir(parentOf(to));
		await this.app.fileManager.renameFile(file, normalizePath(to));
	}

	async exists(path: string): Promise<boolean> {
		const p = normalizePath(path);
		return this.app.vault.getAbstractFileByPath(p) !== null || (await this.app.vault.adapter.exists(p));
	}

	async mkdir(path: string): Promise<void> {
		if (path === "" || path === "/") return;
		const p = normalizePath(path);
		if (this.app.vault.getAbstractFileByPath(p) instanceof TFolder) return;
		if (await this.app.vault.adapter.exists(p)) return;
		await this.mkdir(parentOf(p));
		try {
			await this.app.vault.createFolder(p);
		} catch (err) {
			if (!(await this.app.vault.adapter.exists(p))) throw err;
		}
	}

	listFiles(folder: string): Promise<string[]> {
		const node = this.app.vault.getFolderByPath(normalizePath(folder));
		if (!node) return Promise.resolve([]);
		return Promise.resolve(node.children.filter((c): c is TFile => c instanceof TFile).map((c) => c.path));
	}

	async stat(path: string): Promise<{ size: number; mtime: number } | null> {
		const file = this.file(path);
		if (file) return { size: file.stat.size, mtime: file.stat.mtime };
		const s = await this.app.vault.adapter.stat(normalizePath(path));
		return s ? { size: s.size, mtime: s.mtime } : null;
	}

	async remove(path: string): Promise<void> {
		const file = this.file(path);
		// Notes go to the trash the user chose; the plugin's own state files (locks) are simply removed.
		if (file && file.extension === "md") await this.app.fileManager.trashFile(file);
		else if (await this.app.vault.adapter.exists(normalizePath(path))) await this.app.vault.adapter.remove(normalizePath(path));
	}

	watch(listener: (event: VaultEvent) => void): () => void {
		const vault = this.app.vault;
		const refs: EventRef[] = [
			vault.on("create", (f) => listener({ kind: "create", path: f.path })),
			vault.on("modify", (f) => listener({ kind: "modify", path: f.path })),
			vault.on("delete", (f) => listener({ kind: "delete", path: f.path })),
			vault.on("rename", (f, oldPath) => listener({ kind: "rename", path: f.path, oldPath })),
		];
		return () => refs.forEach((r) => vault.offref(r));
	}
}
