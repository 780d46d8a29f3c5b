// Keeps Plans/PLAN_<item>.md for every Needs_Action item, ticks request steps as requests complete, and moves the item
// to Completed when its plan is done. Runs as a watcher (the watchdog calls poll).
import type { VaultNotes, TimeSource, AuditTrail } from "../engine-ports";
import { readFrontmatter, writeNote } from "../requests/frontmatter";
import { moveInto, patchNote } from "../requests/note-ops";
import { REQUEST_TYPE } from "../requests/schema";
import { extension, joinPath, stem } from "../util/paths";
import { resolveLink } from "./link";
import type { Watcher } from "../watchers/watcher";
import { isPlanDone, renderPlan, withRequests, type LinkedRequest, type PlanItem } from "./plan-note";

const REQUEST_FOLDERS = ["Pending_Approval", "Approved", "Completed", "Failed", "Rejected"] as const;
/** An email note gets its plan once the invoice check has run, or after this long. */
const SETTLE_MS = 60_000;

export function planPath(deps: VaultNotes & TimeSource & AuditTrail, itemPath: string): string {
	return joinPath(deps.layout().folder("Plans"), `PLAN_${stem(itemPath)}.md`);
}

export class PlanKeeper implements Watcher {
	readonly name = "Plans";
	/** Request notes in Completed/Failed/Rejected that link to no item: never read again. */
	private readonly unrelated = new Set<string>();
	private readonly known = new Map<string, LinkedRequest & { source: string }>();

	constructor(
		private readonly deps: VaultNotes & TimeSource & AuditTrail,
		readonly intervalMs = 30_000,
	) {}

	private async scanRequests(): Promise<void> {
		const layout = this.deps.layout();
		for (const folder of REQUEST_FOLDERS) {
			const final = folder === "Completed" || folder === "Failed" || folder === "Rejected";
			for (const path of await this.deps.vault.listFiles(layout.folder(folder))) {
				if (extension(path) !== "md" || this.unrelated.has(path)) continue;
				const k = this.known.get(path);
				if (final && k && (k.status === "completed" || k.status === "failed" || k.status === "rejected")) continue;
				const text = await this.deps.vault.read(path);
				const fm = text ? readFrontmatter(text, this.deps.yaml) : null;
				const d = fm?.ok ? fm.data : null;
				if (!d || d["type"] !== REQUEST_TYPE || typeof d["source"] !== "string" || d["source"] === "") {
					if (final) this.unrelated.add(path);
					continue;
				}
				const title = /^#\s+(.+)$/m.exec(fm?.ok ? fm.body : "")?.[1]?.trim() ?? String(d["id"]);
				for (const [p, r] of this.known) if (r.id === d["id"] && p !== path) this.known.delete(p);
				this.known.set(path, { path, id: String(d["id"]), action: String(d["action"]), status: String(d["status"]), dryRun: d["dry_run"] === true, title, source: d["source"] });
			}
		}
		for (const p of [...this.known.keys()]) if (!(await this.deps.vault.exists(p))) this.known.delete(p);
	}

	/** The requests whose `source` resolves to the item, among the items now in Needs_Action (like Obsidian's links). */
	private linked(itemPath: string, items: readonly string[]): LinkedRequest[] {
		return [...this.known.values()].filter((r) => resolveLink(r.source, items) === itemPath).sort((a, b) => a.id.localeCompare(b.id));
	}

	async poll(signal: AbortSignal): Promise<void> {
		const deps = this.deps;
		const layout = deps.layout();
		const items = (await deps.vault.listFiles(layout.folder("Needs_Action"))).filter((p) => extension(p) === "md");
		if (items.length === 0) return;
		await this.scanRequests();
		await deps.vault.mkdir(layout.folder("Plans"));
		for (const itemPath of items) {
			if (signal.aborted) return;
			const text = await deps.vault.read(itemPath);
			const fm = text ? readFrontmatter(text, deps.yaml) : null;
			const item: PlanItem = { path: itemPath, data: fm?.ok ? fm.data : {} };
			if (item.data["type"] === "email" && item.data["invoice"] === undefined) {
				const st = await deps.vault.stat(itemPath);
				if (st && deps.clock.now() - st.mtime < SETTLE_MS) continue;
			}
			const plan = planPath(deps, itemPath);
			const requests = this.linked(itemPath, items);
			const created = await deps.vault.createIfMissing(plan, renderPlan(item, requests, deps.yaml, new Date(deps.clock.now()).toISOString()));
			let body: string;
			if (created) {
				await deps.log.append({ action_type: "plan.created", actor: deps.actor, target: plan, result: "success", details: { item: itemPath } });
				const t = await deps.vault.read(plan);
				const f = t ? readFrontmatter(t, deps.yaml) : null;
				body = f?.ok ? f.body : "";
			} else {
				const old = await deps.vault.read(plan);
				const f = old ? readFrontmatter(old, deps.yaml) : null;
				if (!f?.ok) continue;
				body = withRequests(f.body, requests);
				if (body !== f.body) await deps.vault.process(plan, () => writeNote(f.data, body, deps.yaml));
			}
			if (isPlanDone(body)) {
				const moved = await moveInto(deps.vault, itemPath, layout.folder("Completed"));
				await patchNote(deps.vault, deps.yaml, plan, { status: "done", completed: new Date(deps.clock.now()).toISOString() });
				await deps.log.append({ action_type: "plan.done", actor: deps.actor, target: plan, result: "success", details: { item: moved } });
			}
		}
	}
}
