// A vault that reads through to the real one and keeps every write in memory: a draft's dry run builds the note, its
// card and its preview exactly as the plugin would, and nothing reaches the disk.
import type { VaultEvent, VaultStore } from "../core/ports";
import { parentOf } from "../core/util/paths";

export class OverlayVault implements VaultStore {
	private readonly files = new Map<string, { text: string; mtime: number }>();
	private readonly removed = new Set<string>();

	constructor(
		private readonly base: VaultStore,
		private readonly now: () => number,
	) {}

	async read(path: string): Promise<string | null> {
		if (this.removed.has(path)) return null;
		return this.files.get(path)?.text ?? (await this.base.read(path));
	}

	write(path: string, data: string): Promise<void> {
		this.removed.delete(path);
		this.files.set(path, { text: data, mtime: this.now() });
		return Promise.resolve();
	}

	async createIfMissing(path: string, data: string): Promise<boolean> {
		if (await this.exists(path)) return false;
		await this.write(path, data);
		return true;
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		const text = await this.read(path);
		if (text === null) throw new Error(`No file ${path}`);
		const next = fn(text);
		await this.write(path, next);
		return next;
	}

	async append(path: string, data: string): Promise<void> {
		await this.write(path, ((await this.read(path)) ?? "") + data);
	}

	async move(from: string, to: string): Promise<void> {
		const text = await this.read(from);
		if (text === null) throw new Error(`No file ${from}`);
		if (await this.exists(to)) throw new Error(`${to} already exists`);
		await this.write(to, text);
		await this.remove(from);
	}

	async exists(path: string): Promise<boolean> {
		if (this.removed.has(path)) return false;
		return this.files.has(path) || (await this.base.exists(path));
	}

	mkdir(): Promise<void> {
		return Promise.resolve();
	}

	async listFiles(folder: string): Promise<string[]> {
		const out = new Set((await this.base.listFiles(folder)).filter((p) => !this.removed.has(p)));
		for (const p of this.files.keys()) if (parentOf(p) === folder) out.add(p);
		return [...out].sort();
	}

	async stat(path: string): Promise<{ size: number; mtime: number } | null> {
		if (this.removed.has(path)) return null;
		const f = this.files.get(path);
		return f ? { size: new TextEncoder().encode(f.text).byteLength, mtime: f.mtime } : this.base.stat(path);
	}

	remove(path: string): Promise<void> {
		this.files.delete(path);
		this.removed.add(path);
		return Promise.resolve();
	}

	watch(_listener: (event: VaultEvent) => void): () => void {
		return () => undefined;
	}
}
