// The file-system layer under the Node store's appends: the few file-handle calls an append needs. Production uses
// node:fs; tests hand the store a layer that fails the way a full or read-only disk does (a torn write, ENOSPC, EROFS).
import * as fs from "node:fs/promises";

/** The subset of `fs.promises.FileHandle` an append uses. */
export interface AppendHandle {
	stat(): Promise<{ size: number }>;
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

/**
 * Appends `data` so it starts on a fresh line, and leaves the file exactly as it was when the write fails.
 * A torn last line (a crash mid-append) gets its newline first, so it never swallows the new entry; a failed write
 * (full disk, I/O error) is cut back to the old size, so no fragment is left for the next append to be glued onto.
 */
export async function appendOnFreshLine(disk: AppendDisk, fullPath: string, data: string): Promise<void> {
	if (data === "") return;
	const handle = await disk.openForAppend(fullPath);
	try {
		const { size } = await handle.stat();
		let prefix = "";
		if (size > 0) {
			const last = new Uint8Array(1);
			const { bytesRead } = await handle.read(last, 0, 1, size - 1);
			if (bytesRead === 1 && last[0] !== NEWLINE) prefix = "\n";
		}
		const bytes = new TextEncoder().encode(prefix + data);
		try {
			let offset = 0;
			while (offset < bytes.length) {
				const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
				if (bytesWritten <= 0) throw Object.assign(new Error(`ENOSPC: no space left on device, write ${fullPath}`), { code: "ENOSPC" });
				offset += bytesWritten;
			}
		} catch (err) {
			try {
				await handle.truncate(size);
			} catch {
				// Nothing more can be done here; the reader still skips a torn line, and the next append starts fresh.
			}
			throw err;
		}
	} finally {
		await handle.close();
	}
}
