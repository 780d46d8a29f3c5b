// An in-memory vault store for engine tests: the full VaultStore port, change events, and injectable disk failures.
import type { VaultEvent, VaultStore } from "../../src/core/ports";

/** The port's operations, for injecting failures into one of them. */
export type VaultOperation = "read" | "write" | "createIfMissing" | "process" | "append" | "move" | "mkdir" | "remove" | "listFiles" | "stat" | "exists";

/** An error shaped like Node's file-system errors (`code`), e.g. `ioError("ENOSPC")` for a full disk. */
export function ioError(code: string, message = `${code}: simulated file-system failure`): Error & { code: string } {
	return Object.assign(new Error(message), { code });
}

interface StoredFile {
	data: string;
	mtime: number;
}

/** `/a//b/` → `a/b`: the store keys every path the way the ports document them (vault-relative, `/`). */
function normalize(path: string): string {
	return path
		.split("/")
		.filter((p) => p !== "" && p !== ".")
		.join("/");
}

function parentOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

export class MemoryVault implements VaultStore {
	private readonly fileMap = new Map<string, StoredFile>();
	private readonly folderSet = new Set<string>([""]);
	private readonly listeners = new Set<(event: VaultEvent) => void>();
	private readonly faults = new Map<VaultOperation, Error>();
	/** Every change, in order, as the watchers would see it. */
	readonly events: VaultEvent[] = [];
	/** How often each path was read, for checking that a hot path does not read a file again. */
	readonly reads = new Map<string, number>();

	/**
	 * @param initial files to start with (path → text); their folders are created.
	 * @param now where modification times come from; pass the test clock's `now` to make `stat` predictable.
	 */
	constructor(
		initial: Record<string, string> = {},
		private readonly now: () => number = () => Date.now(),
	) {
		for (const [path, data] of Object.entries(initial)) {
			const p = normalize(path);
			this.addFolders(parentOf(p));
			this.fileMap.set(p, { data, mtime: this.now() });
		}
	}

	// ---- test controls -------------------------------------------------------------------------------------------

	/** Makes every later call of `op` throw `error` (e.g. `ioError("ENOSPC")`) until `heal(op)`. */
	failWith(op: VaultOperation, error: Error): void {
		this.faults.set(op, error);
	}

	/** Ends an injected failure (all of them when no operation is named). */
	heal(op?: VaultOperation): void {
		if (op) this.faults.delete(op);
		else this.faults.clear();
	}

	/** The text of a file, synchronously, for assertions; null when missing. */
	text(path: string): string | null {
		return this.fileMap.get(normalize(path))?.data ?? null;
	}

	/** All file paths, sorted. */
	paths(): string[] {
		return [...this.fileMap.keys()].sort();
	}

	/** All folder paths (without the root), sorted. */
	folders(): string[] {
		return [...this.folderSet].filter((f) => f !== "").sort();
	}

	/** Every file and its text, for comparing whole-vault states. */
	snapshot(): Record<string, string> {
		return Object.fromEntries(this.paths().map((p) => [p, this.fileMap.get(p)!.data]));
	}

	/** Number of subscribed watchers (0 after everyone unsubscribed). */
	get watcherCount(): number {
		return this.listeners.size;
	}

	// ---- the port --------------------------------------------------------------------------------------------------

	read(path: string): Promise<string | null> {
		return this.run("read", () => {
			const p = normalize(path);
			this.reads.set(p, (this.reads.get(p) ?? 0) + 1);
			return this.text(p);
		});
	}

	write(path: string, data: string): Promise<void> {
		return this.run("write", () => {
			const p = normalize(path);
			const existed = this.fileMap.has(p);
			this.addFolders(parentOf(p));
			this.fileMap.set(p, { data, mtime: this.now() });
			this.emit({ kind: existed ? "modify" : "create", path: p });
		});
	}

	createIfMissing(path: string, data: string): Promise<boolean> {
		return this.run("createIfMissing", () => {
			const p = normalize(path);
			if (this.fileMap.has(p) || this.folderSet.has(p)) return false;
			this.addFolders(parentOf(p));
			this.fileMap.set(p, { data, mtime: this.now() });
			this.emit({ kind: "create", path: p });
			return true;
		});
	}

	process(path: string, fn: (text: string) => string): Promise<string> {
		return this.run("process", () => {
			const p = normalize(path);
			const file = this.fileMap.get(p);
			if (!file) throw new Error(`The note ${p} no longer exists.`);
			// Read and write happen in one synchronous step, so no other call can interleave: the port's "atomic".
			const next = fn(file.data);
			this.fileMap.set(p, { data: next, mtime: this.now() });
			this.emit({ kind: "modify", path: p });
			return next;
		});
	}

	append(path: string, data: string): Promise<void> {
		return this.run("append", () => {
			const p = normalize(path);
			const file = this.fileMap.get(p);
			this.addFolders(parentOf(p));
			if (data === "" && file) return;
			// The port's promise: the data starts on a fresh line, even after a torn last line.
			const old = file?.data ?? "";
			const glue = old !== "" && !old.endsWith("\n") ? "\n" : "";
			this.fileMap.set(p, { data: old + glue + data, mtime: this.now() });
			this.emit({ kind: file ? "modify" : "create", path: p });
		});
	}

	move(from: string, to: string): Promise<void> {
		return this.run("move", () => {
			const src = normalize(from);
			const dst = normalize(to);
			const file = this.fileMap.get(src);
			if (!file) throw new Error(`The note ${src} no longer exists.`);
			if (this.fileMap.has(dst) || this.folderSet.has(dst)) throw new Error(`A file already exists at ${dst}.`);
			this.addFolders(parentOf(dst));
			this.fileMap.delete(src);
			this.fileMap.set(dst, file);
			this.emit({ kind: "rename", path: dst, oldPath: src });
		});
	}

	exists(path: string): Promise<boolean> {
		return this.run("exists", () => {
			const p = normalize(path);
			return this.fileMap.has(p) || this.folderSet.has(p);
		});
	}

	mkdir(path: string): Promise<void> {
		return this.run("mkdir", () => {
			const p = normalize(path);
			if (this.fileMap.has(p)) throw ioError("EEXIST", `A file exists at ${p}; cannot create a folder there.`);
			this.addFolders(p);
		});
	}

	listFiles(folder: string): Promise<string[]> {
		return this.run("listFiles", () => {
			const f = normalize(folder);
			if (!this.folderSet.has(f)) return [];
			return this.paths().filter((p) => parentOf(p) === f);
		});
	}

	stat(path: string): Promise<{ size: number; mtime: number } | null> {
		return this.run("stat", () => {
			const file = this.fileMap.get(normalize(path));
			return file ? { size: new TextEncoder().encode(file.data).length, mtime: file.mtime } : null;
		});
	}

	remove(path: string): Promise<void> {
		return this.run("remove", () => {
			const p = normalize(path);
			if (this.fileMap.delete(p)) this.emit({ kind: "delete", path: p });
		});
	}

	watch(listener: (event: VaultEvent) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	// ---- internals -----------------------------------------------------------------------------------------------

	/** Runs an operation asynchronously, like a real disk, or rejects with the injected failure. */
	private async run<T>(op: VaultOperation, body: () => T): Promise<T> {
		await Promise.resolve();
		const fault = this.faults.get(op);
		if (fault) throw fault;
		return body();
	}

	private addFolders(path: string): void {
		let p = path;
		while (p !== "" && !this.folderSet.has(p)) {
			if (this.fileMap.has(p)) throw ioError("ENOTDIR", `${p} is a file, not a folder.`);
			this.folderSet.add(p);
			p = parentOf(p);
		}
	}

	private emit(event: VaultEvent): void {
		this.events.push(event);
		for (const l of [...this.listeners]) l(event);
	}
}
