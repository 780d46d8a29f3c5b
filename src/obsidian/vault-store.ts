// The vault port on Obsidian: app.vault and fileManager, so edits are atomic and moves keep links.
import { type App, type EventRef, normalizePath, TFile, TFolder } from "obsidian";
import type { VaultEvent, VaultStore } from "../core/ports";
import { parentOf } from "../core/util/paths";

export class ObsidianVaultStore implements VaultStore {
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
		await this.mkdir(parentOf(p));
		// The adapter appends without reading the file back, so a long log costs the same as a short one.
		if (await this.app.vault.adapter.exists(p)) await this.app.vault.adapter.append(p, data);
		else await this.app.vault.adapter.write(p, data);
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
