// Read-only lookups that resolve a request's names (customer, currency, product, tax, terms, journal, invoice) to ids.
import { CategorizedError } from "../../core/util/errors";
import type { OdooClient } from "./client";
import { currencyRow, INVOICE_FIELDS, invoiceRow, type InvoiceRow, namedRow, partnerRow } from "./wire-schemas";

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
 * Finds the customer: by email first (case-insensitive), then by exact name (case-insensitive). Several matches are an
 * error, never a guess: invoicing the wrong "John Smith" is worse than asking.
 */
export async function lookupPartner(client: OdooClient, customer: { name: string; email?: string }): Promise<PartnerMatch> {
	const fields = ["name", "email"];
	const byName = <T extends { name: string | false }>(rows: T[]): T[] => rows.filter((r) => typeof r.name === "string" && r.name.toLowerCase() === customer.name.toLowerCase());
	if (customer.email) {
		const rows = await client.searchRead("res.partner", [["email", "=ilike", ilikeExact(customer.email)]], fields, partnerRow, { limit: 10, order: "id" });
		const only = rows.length === 1 ? rows : byName(rows);
		if (only.length === 1 && only[0]) return { kind: "found", id: only[0].id, name: only[0].name || customer.name };
		if (rows.length > 1) {
			throw logic(
				`${rows.length} partners have the email ${customer.email} and ${only.length === 0 ? "none is" : `${only.length} are`} named ${customer.name}`,
				"Merge the duplicates in Odoo (Contacts), or write the customer's name exactly as Odoo has it.",
			);
		}
	}
	const rows = await client.searchRead("res.partner", [["name", "=ilike", ilikeExact(customer.name)]], fields, partnerRow, { limit: 10, order: "id" });
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

export function resolveProduct(client: OdooClient, ref: string | number): Promise<number> {
	if (typeof ref === "number") return one(client, "product.product", [["id", "=", ref]], `product with id ${ref}`, "Check the product id in Odoo.");
	return one(client, "product.product", ["|", ["default_code", "=", ref], ["name", "=ilike", ilikeExact(ref)]], `product "${ref}"`, "Use the product's internal reference, which is unique.");
}

export function resolveSaleTax(client: OdooClient, ref: string | number): Promise<number> {
	const byRef = typeof ref === "number" ? ["id", "=", ref] : ["name", "=ilike", ilikeExact(ref)];
	return one(client, "account.tax", [["type_tax_use", "=", "sale"], byRef], `sales tax "${ref}"`, "Use the tax name exactly as Odoo shows it (Accounting → Configuration → Taxes).");
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
