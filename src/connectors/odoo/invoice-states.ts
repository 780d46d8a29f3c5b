// Reads invoices' current states in one request, for the check that Odoo and the vault still agree.
import * as z from "zod/mini";
import type { Clock, HttpClient, SecretStore } from "../../core/ports";
import type { InvoiceStateReader } from "../../core/conflicts/invoice-state";
import { OdooClient } from "./client";
import type { OdooConfig } from "./config";
import { moveNumber } from "./wire-schemas";

const stateRow = z.object({ id: z.int(), name: z.union([z.string(), z.literal(false)]), state: z.string(), payment_state: z.union([z.string(), z.literal(false)]) });

/** Null while Odoo is not set up on this device (then nothing is compared). */
export function odooInvoiceStateReader(config: (secrets: SecretStore) => OdooConfig, secrets: SecretStore, http: HttpClient, clock: Clock): () => InvoiceStateReader | null {
	return () => {
		let cfg: OdooConfig;
		try {
			cfg = config(secrets);
		} catch {
			return null;
		}
		return async (ids) => {
			const client = OdooClient.overHttp(cfg, http, clock);
			const rows = await client.searchRead("account.move", [["id", "in", ids]], ["name", "state", "payment_state"], stateRow);
			return new Map(rows.map((r) => [r.id, { number: moveNumber(r.name), state: r.state, paymentState: r.payment_state === false ? "" : r.payment_state }]));
		};
	};
}
