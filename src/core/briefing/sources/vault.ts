// Reads the request folders: what finished in the period, what is waiting, and recent note texts (to see tools in use).
import type { Layout, FolderName } from "../../layout/folders";
import type { VaultStore, YamlCodec } from "../../ports";
import { readFrontmatter } from "../../requests/frontmatter";
import { stem } from "../../util/paths";
import type { BriefingPeriod, RequestOutcome, VaultActivity, WaitingItem } from "../types";

const FINISHED: { folder: FolderName; status: RequestOutcome["status"]; at: string; detail: string[] }[] = [
	{ folder: "Completed", status: "completed", at: "finished_at", detail: ["result"] },
	{ folder: "Rejected", status: "rejected", at: "rejected_at", detail: ["rejected_reason", "error"] },
	{ folder: "Failed", status: "failed", at: "finished_at", detail: ["error"] },
];
const WAITING: WaitingItem["folder"][] = ["Needs_Action", "Pending_Approval"];
/** Folders whose notes show what the business worked on (the plugin's own reports and the ledger do not count). */
const USAGE_FOLDERS: FolderName[] = ["Inbox", "Needs_Action", "Plans", "Pending_Approval", "Approved", "Completed", "Rejected", "Failed"];

function titleOf(body: string, path: string): string {
	const h = /^#\s+(.+)$/m.exec(body);
	return (h?.[1] ?? stem(path)).trim();
}

function oneLine(v: unknown): string {
	const s = typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v);
	const line = s.replace(/\s+/g, " ").trim();
	return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

function timeOf(v: unknown): number | null {
	if (typeof v !== "string") return null;
	const t = Date.parse(v);
	return Number.isNaN(t) ? null : t;
}

export interface VaultScan {
	activity: VaultActivity;
	/** Lower-cased texts of notes changed since `usageFrom`. */
	usageNotes: { path: string; text: string }[];
}

/** Runs `fn` over the items with at most `limit` in flight (file systems answer many small requests faster in parallel). */
async function pooled<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array<R>(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(items[i] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return out;
}

interface Candidate {
	path: string;
	folder: FolderName;
	mtime: number | null;
}

/**
 * One pass over the plugin's folders. A note finished in the period was modified at or after it finished, so notes
 * last modified before the earliest time of interest are skipped without being read (cheap on a vault of thousands);
 * only notes that may be requests of the period, or are waiting, have their frontmatter parsed.
 */
export async function scanVault(vault: VaultStore, yaml: YamlCodec, layout: Layout, period: BriefingPeriod, usageFromMs: number): Promise<VaultScan> {
	const activity: VaultActivity = { outcomes: [], waiting: [], unreadable: [] };
	const usageNotes: { path: string; text: string }[] = [];
	const earliest = Math.min(period.startMs, usageFromMs);
	const listed = await Promise.all(USAGE_FOLDERS.map(async (folder) => (await vault.listFiles(layout.folder(folder))).filter((p) => p.endsWith(".md")).map((path) => ({ path, folder }))));
	const all = listed.flat();
	const stats = await pooled(all, 32, (c) => vault.stat(c.path));
	const candidates: Candidate[] = all.map((c, i) => ({ ...c, mtime: stats[i]?.mtime ?? null })).filter((c) => (WAITING as string[]).includes(c.folder) || (c.mtime !== null && c.mtime >= earliest));
	const texts = await pooled(candidates, 32, (c) => vault.read(c.path));
	candidates.forEach((c, i) => {
		const text = texts[i];
		if (text === null || text === undefined) return;
		const { path, folder, mtime } = c;
		if (mtime !== null && mtime >= usageFromMs) usageNotes.push({ path, text: text.toLowerCase() });
		const waiting = (WAITING as string[]).includes(folder);
		const spec = FINISHED.find((f) => f.folder === folder);
		if (!waiting && (!spec || mtime === null || mtime < period.startMs)) return;
		const fm = readFrontmatter(text, yaml);
		const data = fm.ok ? fm.data : {};
		const body = fm.ok ? fm.body : text;
		if (waiting) {
			const created = timeOf(data.created);
			const received = timeOf(data.received);
			const sinceMs = created ?? received ?? mtime ?? period.endMs;
			if (sinceMs >= period.endMs) return;
			activity.waiting.push({ path, folder: folder as WaitingItem["folder"], title: titleOf(body, path), sinceMs, sinceSource: created !== null ? "created" : received !== null ? "received" : "file time" });
			return;
		}
		if (!spec) return;
		if (!fm.ok) {
			if (mtime !== null && mtime < period.endMs) activity.unreadable.push({ path, reason: `${path} looks like a request but ${fm.error.charAt(0).toLowerCase()}${fm.error.slice(1)}` });
			return;
		}
		if (data.type !== "approval_request") return;
		const at = timeOf(data[spec.at]) ?? timeOf(data.finished_at);
		if (at === null || at < period.startMs || at >= period.endMs) return;
		const detail = spec.detail.map((k) => oneLine(data[k])).find((d) => d !== "") ?? "";
		const wrote = data.action === "whatsapp.send" ? timeOf((data.params as { customer_last_message_at?: unknown } | null)?.customer_last_message_at) : null;
		activity.outcomes.push({
			path,
			id: oneLine(data.id),
			action: oneLine(data.action),
			title: titleOf(body, path),
			status: spec.status,
			at: new Date(at).toISOString(),
			dryRun: data.dry_run === true,
			detail,
			...(wrote !== null ? { customerWroteAt: new Date(wrote).toISOString() } : {}),
		});
	});
	activity.outcomes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.path.localeCompare(b.path)));
	activity.waiting.sort((a, b) => a.sinceMs - b.sinceMs || a.path.localeCompare(b.path));
	return { activity, usageNotes };
}
