// Odoo and the vault disagreeing about an invoice: the state the executed requests recorded in Completed/ against the
// state Odoo reports now. A difference stops work on that invoice and asks the owner (one decision card per difference).
import type { VaultNotes, TimeSource, AuditTrail } from "../engine-ports";
import { readFrontmatter } from "../requests/frontmatter";
import { PeriodicService } from "../watchers/periodic-service";
import { messageOf } from "../util/errors";
import type { ConflictService } from "./service";

export interface OdooInvoiceState {
	number: string | null;
	state: string;
	paymentState: string;
}

/** Reads the current state of invoices by id (one request, whatever the count); null when Odoo is not set up. */
export type InvoiceStateReader = (ids: number[]) => Promise<Map<number, OdooInvoiceState>>;

interface VaultInvoice {
	id: number;
	number: string | null;
	state: string;
	path: string;
	text: string;
	finishedAt: string;
}

const LOOK_BACK_MS = 45 * 86_400_000;
const CHECK_EVERY_MS = 6 * 3_600_000;

/** The keys a request about an invoice is gated by: `invoice:<id>` and `invoice:<number>`. */
export function invoiceKeys(params: unknown): string[] {
	if (typeof params !== "object" || params === null) return [];
	const p = params as Record<string, unknown>;
	const keys: string[] = [];
	if (typeof p.invoice_id === "number") keys.push(`invoice:${p.invoice_id}`);
	if (typeof p.invoice_number === "string" && p.invoice_number !== "/") keys.push(`invoice:${p.invoice_number}`);
	return keys;
}

/** The latest recorded state per invoice, from executed (not dry-run) Odoo requests finished in the look-back window. */
export async function vaultInvoiceStates(deps: VaultNotes & TimeSource & AuditTrail, now: number): Promise<Map<number, VaultInvoice>> {
	const out = new Map<number, VaultInvoice>();
	for (const path of await deps.vault.listFiles(deps.layout().folder("Completed"))) {
		if (!path.endsWith(".md")) continue;
		const stat = await deps.vault.stat(path);
		if (!stat || stat.mtime < now - LOOK_BACK_MS) continue;
		const text = await deps.vault.read(path);
		if (text === null) continue;
		const fm = readFrontmatter(text, deps.yaml);
		if (!fm.ok) continue;
		const d = fm.data;
		if (typeof d.action !== "string" || !d.action.startsWith("odoo.") || d.dry_run === true || d.status !== "completed") continue;
		const fields = typeof d.result_fields === "object" && d.result_fields !== null ? (d.result_fields as Record<string, unknown>) : {};
		if (typeof fields.invoice_id !== "number" || typeof fields.state !== "string") continue;
		const finishedAt = typeof d.finished_at === "string" ? d.finished_at : "";
		const prev = out.get(fields.invoice_id);
		if (prev && prev.finishedAt >= finishedAt) continue;
		out.set(fields.invoice_id, { id: fields.invoice_id, number: typeof fields.invoice_number === "string" ? fields.invoice_number : null, state: fields.state, path, text, finishedAt });
	}
	return out;
}

export class InvoiceStateCheck extends PeriodicService {
	readonly name = "invoice-state-check";

	constructor(
		private readonly deps: VaultNotes & TimeSource & AuditTrail,
		private readonly conflicts: () => ConflictService,
		private readonly reader: () => InvoiceStateReader | null,
		private readonly shouldRun: () => boolean,
	) {
		super(CHECK_EVERY_MS);
	}

	/** Compares once; returns the decision cards it opened (or found open). */
	async compare(): Promise<string[]> {
		const read = this.reader();
		if (!read || !this.shouldRun()) return [];
		const vault = await vaultInvoiceStates(this.deps, this.deps.clock.now());
		if (vault.size === 0) return [];
		const odoo = await read([...vault.keys()]);
		const cards: string[] = [];
		for (const v of vault.values()) {
			const now = odoo.get(v.id);
			const odooState = now ? now.state : "missing";
			if (odooState === v.state) continue;
			const key = `invoice-state:${v.id}:${v.state}:${odooState}`;
			// Once decided, the same difference is not asked about again (the owner chose to leave it as it is).
			if (await this.conflicts().wasAsked(key) && !(await this.isOpen(key))) continue;
			const name = now?.number ?? v.number ?? `with id ${v.id}`;
			const keys = [`invoice:${v.id}`, ...(now?.number ?? v.number ? [`invoice:${now?.number ?? v.number}`] : [])];
			cards.push(
				await this.conflicts().report({
					key,
					kind: "invoice-state",
					subject: `invoice ${name}`,
					// Requests that name this invoice (by id or number) wait while the decision is open.
					requestId: keys.join("|"),
					// Neither version is a file to delete: the owner corrects Odoo or the vault, then marks the decision made.
					versions: [
						{ label: `Your vault says ${v.state} (${v.path})`, path: null, text: v.text },
						{ label: `Odoo says ${odooState}`, path: null, text: now ? JSON.stringify({ id: v.id, number: now.number, state: now.state, payment_state: now.paymentState }, null, 2) : `Odoo has no invoice with id ${v.id} any more.` },
					],
				}),
			);
		}
		return cards;
	}

	private async isOpen(key: string): Promise<boolean> {
		return (await this.conflicts().openKeys()).includes(key);
	}

	protected async checkNow(): Promise<void> {
		try {
			await this.compare();
		} catch (err) {
			await this.deps.log.append({ action_type: "conflict.check_failed", actor: this.deps.actor, target: "odoo invoices", result: "failure", error: messageOf(err) });
		}
	}
}
