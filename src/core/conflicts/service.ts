// Conflict handling for the workflow: scans the request folders, opens one decision card per conflict, gates
// execution while any is open, and applies the owner's choice.
import type { VaultNotes, TimeSource, AuditTrail, OwnerNotices, ApprovalSigning } from "../engine-ports";
import { readFrontmatter } from "../requests/frontmatter";
import { patchNote } from "../requests/note-ops";
import { slug } from "../requests/slug";
import { canonicalJson } from "../requests/canonical";
import { extension, joinPath } from "../util/paths";
import { findRequestConflicts } from "./detect";
import { parseDecisionNote, renderDecisionNote, type DecisionNote } from "./decision-note";
import type { Conflict, RequestCopy } from "./types";

const SCANNED: RequestCopy["folder"][] = ["Pending_Approval", "Approved", "Rejected"];

export type Resolution = { ok: true; message: string } | { ok: false; message: string };

export class ConflictService {
	/** Parsed id and status per note, reused while the file's mtime is unchanged (Rejected grows over the years). */
	private readonly cache = new Map<string, { mtime: number; id: string | null; status: string | null; payload: string | null; text: string }>();
	private scanning: Promise<Conflict[]> | null = null;

	constructor(private readonly deps: VaultNotes & TimeSource & AuditTrail & OwnerNotices & ApprovalSigning) {}

	private async copies(): Promise<RequestCopy[]> {
		const out: RequestCopy[] = [];
		const seen = new Set<string>();
		for (const folder of SCANNED) {
			for (const path of await this.deps.vault.listFiles(this.deps.layout().folder(folder))) {
				if (extension(path) !== "md") continue;
				seen.add(path);
				const st = await this.deps.vault.stat(path);
				let entry = this.cache.get(path);
				if (!entry || !st || entry.mtime !== st.mtime) {
					const text = (await this.deps.vault.read(path)) ?? "";
					const fm = readFrontmatter(text, this.deps.yaml);
					const id = fm.ok && typeof fm.data.id === "string" ? fm.data.id : null;
					const status = fm.ok && typeof fm.data.status === "string" ? fm.data.status : null;
					const payload = fm.ok ? canonicalJson({ action: fm.data.action ?? null, params: fm.data.params ?? null, expires: fm.data.expires ?? null }) : null;
					entry = { mtime: st?.mtime ?? 0, id, status, payload, text };
					this.cache.set(path, entry);
				}
				out.push({ path, folder, id: entry.id, status: entry.status, payload: entry.payload, text: entry.text });
			}
		}
		for (const p of [...this.cache.keys()]) if (!seen.has(p)) this.cache.delete(p);
		return out;
	}

	/** The decision notes in Needs_Action. */
	async decisions(): Promise<DecisionNote[]> {
		const out: DecisionNote[] = [];
		for (const path of await this.deps.vault.listFiles(this.deps.layout().folder("Needs_Action"))) {
			if (extension(path) !== "md") continue;
			const text = await this.deps.vault.read(path);
			const note = text === null ? null : parseDecisionNote(path, text, this.deps.yaml);
			if (note) out.push(note);
		}
		return out;
	}

	/** Finds request conflicts and opens a card for each new one; concurrent calls share one scan. */
	scan(): Promise<Conflict[]> {
		this.scanning ??= (async () => {
			const found = findRequestConflicts(await this.copies());
			for (const c of found) await this.report(c);
			return found;
		})().finally(() => (this.scanning = null));
		return this.scanning;
	}

	/**
	 * Opens a "needs your decision" card for a conflict unless one is already open for it. Connectors' disagreements
	 * (Odoo vs the vault about an invoice, two services' answers) come in here too. Returns the card's path.
	 */
	/** Whether this conflict was ever put to the owner (open or decided): a decided one is not asked again. */
	async wasAsked(key: string): Promise<boolean> {
		return (await this.decisions()).some((d) => d.key === key);
	}

	/** Keys of the decisions still open. */
	async openKeys(): Promise<string[]> {
		return (await this.decisions()).filter((d) => d.status === "open").map((d) => d.key);
	}

	async report(conflict: Conflict): Promise<string> {
		const open = (await this.decisions()).find((d) => d.status === "open" && d.key === conflict.key);
		if (open) return open.path;
		const folder = this.deps.layout().folder("Needs_Action");
		await this.deps.vault.mkdir(folder);
		const base = `Decision - ${slug(`${conflict.kind} ${conflict.subject}`)}`;
		let path = joinPath(folder, `${base}.md`);
		for (let n = 2; await this.deps.vault.exists(path); n++) path = joinPath(folder, `${base} ${n}.md`);
		await this.deps.vault.write(path, renderDecisionNote(conflict, new Date(this.deps.clock.now()).toISOString(), this.deps.yaml));
		await this.deps.log.append({
			action_type: "conflict.detected",
			actor: this.deps.actor,
			target: path,
			result: "refused",
			correlation_id: conflict.requestId,
			details: { kind: conflict.kind, subject: conflict.subject, versions: conflict.versions.map((v) => v.path ?? v.label) },
		});
		this.deps.notifier.notify(`AI Employee stopped ${conflict.subject}: it needs your decision (${path}).`, "approval");
		return path;
	}

	/** Why a request must not run now, or null. Scans first, so a conflict copy that just synced in counts. */
	async gate(path: string, requestId: string, extraKeys: string[] = []): Promise<string | null> {
		await this.scan();
		// A decision may stand for several keys ("invoice:42|invoice:INV/2026/00012"): any of them stops the request.
		const stops = (d: { requestId: string | null }) => d.requestId !== null && d.requestId.split("|").some((k) => k === requestId || extraKeys.includes(k));
		const open = (await this.decisions()).find((d) => d.status === "open" && (stops(d) || d.versions.some((v) => v.path === path)));
		return open ? `A conflict about this request is open: decide in ${open.path} first.` : null;
	}

	/** The owner keeps one version: the others' notes are removed (their text stays in the decision note). */
	async resolve(decisionPath: string, keep: number): Promise<Resolution> {
		const text = await this.deps.vault.read(decisionPath);
		const note = text === null ? null : parseDecisionNote(decisionPath, text, this.deps.yaml);
		if (!note) return { ok: false, message: `${decisionPath} is not a decision note.` };
		if (note.status !== "open") return { ok: false, message: "This decision was already made." };
		const kept = note.versions[keep];
		if (!kept) return { ok: false, message: "There is no such version." };
		const removed: string[] = [];
		for (const [i, v] of note.versions.entries()) {
			if (i === keep || !v.path || v.path === kept.path) continue;
			if (await this.deps.vault.exists(v.path)) {
				await this.deps.vault.remove(v.path);
				removed.push(v.path);
			}
		}
		await patchNote(this.deps.vault, this.deps.yaml, decisionPath, { status: "resolved", kept: keep, resolved_by: this.deps.owner, resolved_at: new Date(this.deps.clock.now()).toISOString() });
		await this.deps.log.append({
			action_type: "conflict.resolved",
			actor: this.deps.owner,
			target: decisionPath,
			result: "success",
			correlation_id: note.requestId,
			details: { kind: note.kind, kept: kept.path ?? kept.label, removed },
		});
		return { ok: true, message: `Kept ${kept.label}.${removed.length ? ` Removed ${removed.join(", ")}.` : ""}` };
	}
}
