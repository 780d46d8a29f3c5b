// The file-system layer under the Node store's appends: the few file-handle calls an append needs. Production uses
// node:fs; tests hand the store a layer that fails the way a full or read-only disk does (a torn write, ENOSPC, EROFS).
import * as fs from "node:fs/promises";

/** The subset of `fs.promises.FileHandle` an append uses. */
export interface AppendHandle {
	/** `ino` tells a replaced file (an atomic rewrite renames a new file over the old) from the one appended before. */
	stat(): Promise<{ size: number; ino: number }>;
	read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
	/** Writes at the end of the file (the handle is opened for appending); may write fewer bytes than asked. */
	write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
	truncate(length: number): Promise<void>;
	close(): Promise<void>;
}

export interface AppendDisk {
	/** Opens (creating when missing) a file for reading and appending, like `fs.open(path, "a+")`. */
	openForAppend(fullPath: string): Promise<AppendHandle>;
}

export const nodeAppendDisk: AppendDisk = {
	openForAppend: (fullPath) => fs.open(fullPath, "a+"),
};

const NEWLINE = 0x0a;
/** Files whose end is remembered; a day's log and a journal or two are in use at once, so a few are plenty. */
const REMEMBERED_FILES = 32;

/** Where this process's last append left a file: the file (inode), its size then, and whether it ended a line. */
interface KnownEnd {
	ino: number;
	size: number;
	endsLine: boolean;
}

/**
 * Appends that always start on a fresh line and leave the file exactly as it was when the write fails.
 * A torn last line (a crash mid-append) gets its newline first, so it never swallows the new entry; a failed write
 * (full disk, I/O error) is cut back to the old size, so no fragment is left for the next append to be glued onto.
 *
 * Speed: each append is open, fstat, write, close. The last byte is read only when the file is not the one this
 * appender last wrote, or its size changed since (another process appended or a crash left a fragment): the common
 * case, a file only this process appends to, costs no read.
 */
export class LineAppender {
	private readonly known = new Map<string, KnownEnd>();

	constructor(private readonly disk: AppendDisk) {}

	async append(fullPath: string, data: string): Promise<void> {
		if (data === "") return;
		const handle = await this.disk.openForAppend(fullPath);
		try {
			const { size, ino } = await handle.stat();
			const prefix = (await this.endsMidLine(handle, fullPath, size, ino)) ? "\n" : "";
			const bytes = Buffer.from(prefix + data, "utf8");
			this.known.delete(fullPath);
			await writeWhole(handle, fullPath, bytes, size);
			this.remember(fullPath, { ino, size: size + bytes.length, endsLine: bytes[bytes.length - 1] === NEWLINE });
		} finally {
			await handle.close();
		}
	}

	/** True when the file's last byte is not a newline; answered from memory when the file is as this appender left it. */
	private async endsMidLine(handle: AppendHandle, fullPath: string, size: number, ino: number): Promise<boolean> {
		if (size === 0) return false;
		const known = this.known.get(fullPath);
		if (known && known.ino === ino && known.size === size) return !known.endsLine;
		const last = new Uint8Array(1);
		const { bytesRead } = await handle.read(last, 0, 1, size - 1);
		return bytesRead === 1 && last[0] !== NEWLINE;
	}

	private remember(fullPath: string, end: KnownEnd): void {
		this.known.set(fullPath, end);
		if (this.known.size > REMEMBERED_FILES) this.known.delete(this.known.keys().next().value!);
	}
}

/** Writes every byte or, when the disk refuses part of it, cuts the file back to `oldSize` and rethrows. */
async function writeWhole(handle: AppendHandle, fullPath: string, bytes: Uint8Array, oldSize: number): Promise<void> {
	try {
		let offset = 0;
		while (offset < bytes.length) {
			const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
			if (bytesWritten <= 0) throw Object.assign(new Error(`ENOSPC: no space left on device, write ${fullPath}`), { code: "ENOSPC" });
			offset += bytesWritten;
		}
	} catch (err) {
		try {
			await handle.truncate(oldSize);
		} catch {
			// Nothing more can be done here; the reader still skips a torn line, and the next append starts fresh.
		}
		throw err;
	}
}
