// Zod schemas for the Odoo records we read: many2one as [id, name] or false, empty fields as false, dates as strings.
import * as z from "zod/mini";

/** many2one: `[id, "display name"]`, or `false` when empty. */
export const many2one = z.union([z.tuple([z.int(), z.string()]), z.literal(false)]);
/** A date field: "2025-01-31", or `false` when empty. */
export const dateOrFalse = z.union([z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)), z.literal(false)]);
/** A char field: a string, or `false` when empty. */
export const charOrFalse = z.union([z.string(), z.literal(false)]);
export const ids = z.array(z.int());
/** `create` with a list of values answers a list of ids (XML-RPC and JSON-2 alike). */
export const createdIds = z.array(z.int()).check(z.minLength(1));

export const partnerRow = z.object({ id: z.int(), name: charOrFalse, email: charOrFalse });
export const currencyRow = z.object({ id: z.int(), name: z.string(), active: z.boolean(), decimal_places: z.optional(z.int()) });
export const namedRow = z.object({ id: z.int(), display_name: z.optional(charOrFalse), name: z.optional(charOrFalse) });

export const invoiceRow = z.object({
	id: z.int(),
	name: charOrFalse,
	state: z.string(),
	move_type: z.string(),
	payment_state: z.optional(charOrFalse),
	partner_id: many2one,
	currency_id: many2one,
	amount_untaxed: z.number(),
	amount_tax: z.number(),
	amount_total: z.number(),
	amount_residual: z.number(),
});
export type InvoiceRow = z.infer<typeof invoiceRow>;
export const INVOICE_FIELDS = ["name", "state", "move_type", "payment_state", "partner_id", "currency_id", "amount_untaxed", "amount_tax", "amount_total", "amount_residual"];

/**
 * A move's number, or null while it has none. Odoo 17 names a draft "/" unless it is the first of its journal and
 * period (that one is numbered at once); every other draft gets its number only when posted.
 */
export function moveNumber(name: string | false | undefined): string | null {
	return name && name !== "/" ? name : null;
}

/** The label Odoo shows for a many2one, or a fallback. */
export function m2oName(v: z.infer<typeof many2one>, fallback = ""): string {
	return v === false ? fallback : v[1];
}
export function m2oId(v: z.infer<typeof many2one>): number | null {
	return v === false ? null : v[0];
}
