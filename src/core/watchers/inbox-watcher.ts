// The Inbox drop folder: each file dropped into Inbox/ gets one Needs_Action/FILE_<name>.md describing it; the file stays.
import type { VaultNotes, TimeSource, AuditTrail } from "../engine-ports";
import { writeNote } from "../requests/frontmatter";
import { isoInZone } from "../util/dates";
import { baseName, extension, joinPath } from "../util/paths";
import type { Watcher } from "./watcher";

const TYPES: Record<string, string> = {
	pdf: "PDF document", csv: "CSV spreadsheet", xlsx: "Excel spreadsheet", xls: "Excel spreadsheet", ods: "spreadsheet", doc: "Word document", docx: "Word document",
	odt: "document", txt: "text file", md: "Markdown note", png: "image", jpg: "image", jpeg: "image", gif: "image", webp: "image", heic: "image", eml: "email",
	zip: "archive", json: "JSON data", xml: "XML data", mp3: "audio", m4a: "audio", wav: "audio", mp4: "video", mov: "video", ics: "calendar invite", vcf: "contact card",
};

export function describeFileType(name: string): string {
	const ext = extension(name).toLowerCase();
	return TYPES[ext] ?? (ext ? `${ext.toUpperCase()} file` : "file");
}

/** `FILE_<name>.md`, with characters Obsidian links cannot hold replaced. */
export function fileItemName(name: string): string {
	return `FILE_${name.replace(/[[\]#^|\\/:*?"<>]/g, "_")}.md`;
}

function size(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export class InboxWatcher implements Watcher {
	readonly name = "Inbox watcher";
	readonly intervalMs: number;

	constructor(
		private readonly deps: VaultNotes & TimeSource & AuditTrail,
		intervalMs = 30_000,
	) {
		this.intervalMs = intervalMs;
	}

	private get statePath(): string {
		return joinPath(this.deps.layout().stateFolder, "inbox.json");
	}

	async poll(signal: AbortSignal): Promise<void> {
		const layout = this.deps.layout();
		const files = await this.deps.vault.listFiles(layout.folder("Inbox"));
		if (files.length === 0) return;
		let seen: Record<string, number> = {};
		try {
			seen = JSON.parse((await this.deps.vault.read(this.statePath)) ?? "{}") as Record<string, number>;
		} catch {
			seen = {};
		}
		let changed = false;
		for (const file of files) {
			if (signal.aborted) break;
			const name = baseName(file);
			if (name.startsWith(".") || seen[file] !== undefined) continue;
			const stat = await this.deps.vault.stat(file);
			if (!stat) continue;
			const item = joinPath(layout.folder("Needs_Action"), fileItemName(name));
			await this.deps.vault.mkdir(layout.folder("Needs_Action"));
			const created = await this.deps.vault.createIfMissing(item, this.render(file, stat));
			seen[file] = this.deps.clock.now();
			changed = true;
			if (created) {
				await this.deps.log.append({ action_type: "inbox.file_noted", actor: this.deps.actor, target: item, result: "success", details: { file, size: stat.size } });
			}
		}
		if (changed) {
			await this.deps.vault.mkdir(layout.stateFolder);
			await this.deps.vault.write(this.statePath, JSON.stringify(seen, null, 1) + "\n");
		}
	}

	private render(file: string, stat: { size: number; mtime: number }): string {
		const name = baseName(file);
		const fm = { type: "file", name, file_type: describeFileType(name), size: stat.size, file, received: isoInZone(stat.mtime, this.deps.timeZone()), status: "pending" };
		const body = `# ${name}\n\nA ${describeFileType(name)} (${size(stat.size)}) was dropped into the Inbox. It stays there: [[${file}]]\n`;
		return writeNote(fm, body, this.deps.yaml);
	}
}
