// Business events of the past week as the vault records them: finished projects and reached goals in
// Business_Goals.md, milestone notes in Completed, and invoices whose payment the plugin registered.
import type { VaultStore, YamlCodec } from "../ports";
import type { Layout } from "../layout/folders";
import { readFrontmatter } from "../requests/frontmatter";
import { isDividerRow, tableCells } from "../util/markdown-table";
import { baseName, extension, stem } from "../util/paths";
import type { PostPermissions } from "./permissions";
import type { BusinessEvent } from "./types";

const DONE = /^(done|completed?|finished|shipped|delivered|launched)\b/i;
const REACHED = /^(reached|achieved|met|hit)\b/i;

/** Every table row with a status column: "done" rows under a projects heading are projects, "reached" rows are goals. */
export function goalsEvents(text: string | null, perms: PostPermissions): BusinessEvent[] {
	if (!text) return [];
	const out: BusinessEvent[] = [];
	let heading = "";
	let header: string[] | null = null;
	for (const raw of text.split(/\r?\n/)) {
		const h = /^#{1,6}\s+(.*)$/.exec(raw);
		if (h) {
			heading = (h[1] ?? "").toLowerCase();
			header = null;
			continue;
		}
		if (!raw.trim().startsWith("|")) {
			header = null;
			continue;
		}
		const row = tableCells(raw);
		if (header === null) {
			header = row.map((c) => c.toLowerCase());
			continue;
		}
		if (isDividerRow(row)) continue;
		const status = row[header.indexOf("status")] ?? "";
		const name = row[0] ?? "";
		if (header.indexOf("status") < 0 || name === "") continue;
		const client = header.indexOf("client") >= 0 ? (row[header.indexOf("client")] ?? "") : "";
		if (DONE.test(status) && /project|deadline/.test(heading)) {
			out.push({ key: `project:${name}`, kind: "project", values: { project: name, ...(client ? { client: perms.clients ? client : "a client" } : {}) }, source: "Business_Goals.md" });
		} else if (REACHED.test(status) || (DONE.test(status) && /goal/.test(heading))) {
			out.push({ key: `goal:${name}`, kind: "goal", values: { goal: name }, source: "Business_Goals.md" });
		}
	}
	return out;
}

function tagged(data: Record<string, unknown>, body: string, tag: string): boolean {
	const tags = Array.isArray(data.tags) ? data.tags.map(String) : typeof data.tags === "string" ? data.tags.split(/[\s,]+/) : [];
	return tags.some((t) => t.replace(/^#/, "").toLowerCase() === tag) || new RegExp(`(^|\\s)#${tag}\\b`, "i").test(body);
}

export interface CompletedScan {
	vault: VaultStore;
	yaml: YamlCodec;
	layout: Layout;
	since: number;
	perms: PostPermissions;
}

/** Notes in Completed changed since `since`: milestone/project-tagged notes and real (not dry-run) payments. */
export async function completedEvents(s: CompletedScan): Promise<BusinessEvent[]> {
	const out: BusinessEvent[] = [];
	for (const path of await s.vault.listFiles(s.layout.folder("Completed"))) {
		if (extension(path) !== "md") continue;
		const st = await s.vault.stat(path);
		if (!st || st.mtime < s.since) continue;
		const text = await s.vault.read(path);
		if (text === null) continue;
		const fm = readFrontmatter(text, s.yaml);
		const data = fm.ok ? fm.data : {};
		const body = fm.ok ? fm.body : text;
		if (data.action === "odoo.register_payment") {
			if (data.status !== "completed" || data.dry_run === true) continue;
			const p = (typeof data.params === "object" && data.params !== null ? data.params : {}) as Record<string, unknown>;
			const payee = typeof p.payee === "string" ? p.payee : "";
			const invoice = typeof p.invoice_number === "string" ? p.invoice_number : typeof p.invoice === "string" ? p.invoice : "";
			const values: Record<string, string> = { client: s.perms.clients && payee ? payee : "a client" };
			if (s.perms.amounts && (typeof p.amount === "number" || typeof p.amount === "string") && typeof p.currency === "string") values.amount = `${p.amount} ${p.currency}`;
			if (s.perms.clients && invoice) values.invoice = invoice;
			out.push({ key: `invoice_paid:${typeof data.id === "string" ? data.id : baseName(path)}`, kind: "invoice_paid", values, source: path });
			continue;
		}
		const isMilestone = tagged(data, body, "milestone");
		const isProject = !isMilestone && tagged(data, body, "project");
		if (!isMilestone && !isProject) continue;
		const heading = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
		const name = (typeof data.milestone === "string" && data.milestone) || (typeof data.title === "string" && data.title) || heading || stem(baseName(path));
		const project = typeof data.project === "string" ? data.project : "";
		if (isMilestone) out.push({ key: `milestone:${name}`, kind: "milestone", values: { milestone: name, ...(project ? { project } : {}) }, source: path });
		else out.push({ key: `project:${project || name}`, kind: "project", values: { project: project || name }, source: path });
	}
	return out;
}
