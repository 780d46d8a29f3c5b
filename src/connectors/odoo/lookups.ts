// Read-only lookups that resolve a request's names (customer, currency, product, tax, terms, journal, invoice) to ids.
import * as z from "zod/mini";
import { CategorizedError } from "../../core/util/errors";
import type { OdooClient } from "./client";
import { charOrFalse, currencyRow, INVOICE_FIELDS, invoiceRow, type InvoiceRow, namedRow, partnerRow } from "./wire-schemas";

export type PartnerMatch = { kind: "found"; id: number; name: string } | { kind: "new" };

/** `=ilike` is SQL ILIKE without added wildcards: escape `%`, `_` and `\` so "50%_off" matches only itself. */
export function ilikeExact(s: string): string {
	return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function logic(message: string, suggestion: string): CategorizedError {
	return new CategorizedError("logic", message, suggestion);
}
function data(message: string, suggestion: string): CategorizedError {
	return new CategorizedError("data", message, suggestion);
}

/**
 * Finds the customer: by email first (case-insensitive), then by exact name (case-insensitive), both in one request.
 * Several matches are an error, never a guess: invoicing the wrong "John Smith" is worse than asking.
 */
export async function lookupPartner(client: OdooClient, customer: { name: string; email?: string }): Promise<PartnerMatch> {
	const fields = ["name", "email"];
	const lower = (s: string | false) => (typeof s === "string" ? s.toLowerCase() : null);
	const byName = <T extends { name: string | false }>(rows: T[]): T[] => rows.filter((r) => lower(r.name) === customer.name.toLowerCase());
	const nameLeaf = ["name", "=ilike", ilikeExact(customer.name)];
	const domain = customer.email ? ["|", ["email", "=ilike", ilikeExact(customer.email)], nameLeaf] : [nameLeaf];
	const all = await client.searchRead("res.partner", domain, fields, partnerRow, { limit: 20, order: "id" });
	if (customer.email) {
		const email = customer.email.toLowerCase();
		const rows = all.filter((r) => lower(r.email) === email);
		const only = rows.length === 1 ? rows : byName(rows);
		if (only.length === 1 && only[0]) return { kind: "found", id: only[0].id, name: only[0].name || customer.name };
		if (rows.length > 1) {
			throw logic(
				`${rows.length} partners have the email ${customer.email} and ${only.length === 0 ? "none is" : `${only.length} are`} named ${customer.name}`,
				"Merge the duplicates in Odoo (Contacts), or write the customer's name exactly as Odoo has it.",
			);
		}
	}
	const rows = byName(all);
	if (rows.length === 1 && rows[0]) return { kind: "found", id: rows[0].id, name: rows[0].name || customer.name };
	if (rows.length > 1) {
		throw logic(
			`${rows.length} partners are named ${customer.name}: add the customer's email to the request`,
			customer.email ? `None of them has the email ${customer.email}; fix the email in Odoo or in the request.` : "Add customer.email so the right one is picked.",
		);
	}
	return { kind: "new" };
}

export interface ResolvedCurrency {
	id: number;
	code: string;
	/** Odoo's own precision for the currency (falls back to ISO when the field is not readable). */
	decimals: number | null;
}

export async function resolveCurrency(client: OdooClient, code: string): Promise<ResolvedCurrency> {
	// active_test off: an inactive currency must be reported as inactive, not as unknown.
	const rows = await client.searchRead("res.currency", [["name", "=", code]], ["name", "active", "decimal_places"], currencyRow, { limit: 1, context: { active_test: false } });
	const row = rows[0];
	if (!row) throw data(`Odoo knows no currency ${code}`, "Use a three-letter ISO code that Odoo lists under Accounting → Configuration → Currencies.");
	if (!row.active) throw data(`The currency ${code} is not active in Odoo`, `Activate ${code} in Odoo (Accounting → Configuration → Currencies), then approve the request again.`);
	return { id: row.id, code, decimals: row.decimal_places ?? null };
}

async function one(client: OdooClient, model: string, domain: unknown[], what: string, hint: string): Promise<number> {
	const rows = await client.searchRead(model, domain, ["display_name"], namedRow, { limit: 3, order: "id" });
	if (rows.length === 0 || !rows[0]) throw data(`Odoo has no ${what}`, hint);
	if (rows.length > 1) throw logic(`More than one ${what} in Odoo`, hint);
	return rows[0].id;
}

/** `a OR b OR c` in Odoo's prefix notation. */
function anyOf(leaves: unknown[]): unknown[] {
	return [...Array<string>(Math.max(0, leaves.length - 1)).fill("|"), ...leaves];
}

/** Picks, for each reference, the one row it names; none or several is the same error the single look-up gave. */
function pickEach<R extends { id: number }>(refs: (string | number)[], rows: R[], matches: (row: R, ref: string | number) => boolean, what: (ref: string | number) => string, hint: string): Map<string | number, number> {
	const out = new Map<string | number, number>();
	for (const ref of refs) {
		const hits = rows.filter((r) => matches(r, ref));
		if (hits.length === 0 || !hits[0]) throw data(`Odoo has no ${what(ref)}`, hint);
		if (hits.length > 1) throw logic(`More than one ${what(ref)} in Odoo`, hint);
		out.set(ref, hits[0].id);
	}
	return out;
}

const productRow = z.object({ id: z.int(), name: charOrFalse, default_code: z.optional(charOrFalse) });
const taxRow = z.object({ id: z.int(), name: charOrFalse });
const same = (a: string | false | undefined, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

/** Every product the lines name, in one request: by id, internal reference (exact) or name (case-insensitive). */
export async function resolveProducts(client: OdooClient, refs: (string | number)[]): Promise<Map<string | number, number>> {
	const unique = [...new Set(refs)];
	if (unique.length === 0) return new Map();
	const leaves = unique.flatMap((ref) => (typeof ref === "number" ? [["id", "=", ref]] : [["default_code", "=", ref], ["name", "=ilike", ilikeExact(ref)]]));
	const rows = await client.searchRead("product.product", anyOf(leaves), ["name", "default_code"], productRow, { limit: 100, order: "id" });
	return pickEach(
		unique,
		rows,
		(r, ref) => (typeof ref === "number" ? r.id === ref : r.default_code === ref || same(r.name, ref)),
		(ref) => (typeof ref === "number" ? `product with id ${ref}` : `product "${ref}"`),
		"Use the product's internal reference, which is unique.",
	);
}

/** Every sales tax the lines name, in one request: by id or by name (case-insensitive), sales taxes only. */
export async function resolveSaleTaxes(client: OdooClient, refs: (string | number)[]): Promise<Map<string | number, number>> {
	const unique = [...new Set(refs)];
	if (unique.length === 0) return new Map();
	const leaves = unique.map((ref) => (typeof ref === "number" ? ["id", "=", ref] : ["name", "=ilike", ilikeExact(ref)]));
	const rows = await client.searchRead("account.tax", [["type_tax_use", "=", "sale"], ...anyOf(leaves)], ["name"], taxRow, { limit: 100, order: "id" });
	return pickEach(
		unique,
		rows,
		(r, ref) => (typeof ref === "number" ? r.id === ref : same(r.name, ref)),
		(ref) => `sales tax "${ref}"`,
		"Use the tax name exactly as Odoo shows it (Accounting → Configuration → Taxes).",
	);
}

export function resolvePaymentTerm(client: OdooClient, name: string): Promise<number> {
	return one(client, "account.payment.term", [["name", "=ilike", ilikeExact(name)]], `payment term "${name}"`, "Use a payment term name from Accounting → Configuration → Payment Terms, or give due_date instead.");
}

export function resolveJournal(client: OdooClient, ref: string): Promise<number> {
	return one(
		client,
		"account.journal",
		[["type", "in", ["bank", "cash"]], "|", ["name", "=ilike", ilikeExact(ref)], ["code", "=ilike", ilikeExact(ref)]],
		`bank or cash journal "${ref}"`,
		"Use the journal's name or short code from Accounting → Configuration → Journals.",
	);
}

/** A customer or vendor invoice by id or number; missing is a data error naming what was looked for. */
export async function findInvoice(client: OdooClient, ref: { invoice_id?: number; invoice_number?: string }): Promise<InvoiceRow> {
	const types = ["move_type", "in", ["out_invoice", "out_refund", "in_invoice", "in_refund"]];
	// Odoo 17 names every draft but the first of a period "/": that is no number to find one invoice by.
	if (ref.invoice_id === undefined && ref.invoice_number?.trim() === "/") {
		throw data('"/" is not an invoice number: Odoo names drafts "/" until they are posted', "Give the draft's invoice_id (the id in its Odoo link) instead.");
	}
	const domain = ref.invoice_id !== undefined ? [["id", "=", ref.invoice_id], types] : [["name", "=", ref.invoice_number], types];
	const rows = await client.searchRead("account.move", domain, INVOICE_FIELDS, invoiceRow, { limit: 2 });
	const label = ref.invoice_id !== undefined ? `with id ${ref.invoice_id}` : ref.invoice_number;
	if (rows.length === 0 || !rows[0]) throw data(`Odoo has no invoice ${label}`, "Check the invoice number (or id) in the request against Odoo.");
	if (rows.length > 1) throw logic(`More than one invoice is numbered ${label}`, "Use invoice_id instead of the number.");
	return rows[0];
}
