// The `params` of the three Odoo actions as request notes write them, checked with zod before anything is approved.
import * as z from "zod/mini";
import { currencyDecimals, decimalsIn, lineAmountMinor, toMinor } from "./money";

/** Above this many major units an invoice or payment is taken for a typo (10^9 USD, EUR… or JPY alike). */
export const ABSURD_MAJOR_UNITS = 1_000_000_000;
const MAX_QUANTITY = 1_000_000;

const nonEmpty = z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(200, "is too long"));

function isRealDate(s: string): boolean {
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const isoDate = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
	z.refine(isRealDate, "is not a real calendar date"),
);
const currency = z.string().check(z.regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as USD"));
/** A decimal string ("1250.00") or a plain number; decimals are checked against the currency by the object. */
const decimal = z.union([
	z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*$/, "must be a plain decimal such as 1250.00")),
	z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, "must be a number of zero or more")),
]);
const quantity = z.union([
	z.number(),
	z.string().check(z.regex(/^\s*-?\d+(\.\d+)?\s*$/, "must be a number such as 2 or 1.5")),
]).check(
	z.refine((q) => Number(q) > 0, "must be more than zero"),
	z.refine((q) => Number(q) <= MAX_QUANTITY, `must be at most ${MAX_QUANTITY}`),
	z.refine((q) => decimalsIn(q) <= 4, "has more than 4 decimals"),
);
const ref = z.union([z.int().check(z.positive()), nonEmpty]);

const invoiceRef = {
	/** The invoice's database id, as `odoo.create_invoice` wrote it back. */
	invoice_id: z.optional(z.int().check(z.positive("must be a positive id"))),
	/** The invoice number, e.g. INV/2025/00012. */
	invoice_number: z.optional(nonEmpty),
};

function exactlyOneInvoiceRef(p: { invoice_id?: number; invoice_number?: string }, ctx: z.core.$RefinementCtx): void {
	if ((p.invoice_id === undefined) === (p.invoice_number === undefined)) {
		ctx.addIssue({ code: "custom", message: "give exactly one of invoice_id or invoice_number", path: ["invoice_id"], input: p });
	}
}

export const createInvoiceParams = z
	.object({
		customer: z.object({ name: nonEmpty, email: z.optional(z.email("must be an email address")), company: z.optional(nonEmpty) }),
		invoice_date: isoDate,
		due_date: z.optional(isoDate),
		/** The name of a payment term in Odoo, e.g. "30 Days". */
		payment_terms: z.optional(nonEmpty),
		currency,
		lines: z
			.array(
				z.object({
					description: nonEmpty,
					quantity,
					unit_price: decimal,
					/** A product's internal reference or exact name, or its id. */
					product: z.optional(ref),
					/** Tax names or ids; `[]` means no tax; left out, Odoo picks the product's or company's default. */
					taxes: z.optional(z.array(ref)),
				}),
			)
			.check(z.minLength(1, "needs at least one line"), z.maxLength(200, "has more than 200 lines")),
		/** The customer's reference (PO number…), stored in the invoice's `ref`. */
		reference: z.optional(nonEmpty),
	})
	.check(
		z.superRefine((p, ctx) => {
			if (p.due_date && p.due_date < p.invoice_date) {
				ctx.addIssue({ code: "custom", message: `due date ${p.due_date} is before the invoice date ${p.invoice_date}`, path: ["due_date"], input: p.due_date });
			}
			if (p.due_date && p.payment_terms) {
				ctx.addIssue({ code: "custom", message: "give due_date or payment_terms, not both", path: ["payment_terms"], input: p.payment_terms });
			}
			const d = currencyDecimals(p.currency);
			let total = 0;
			p.lines.forEach((line, i) => {
				const price = toMinor(line.unit_price, d);
				if (price === null) {
					ctx.addIssue({ code: "custom", message: `unit price ${String(line.unit_price)} has more decimals than ${p.currency} allows (${d})`, path: ["lines", i, "unit_price"], input: line.unit_price });
					return;
				}
				total += lineAmountMinor(line.quantity, price);
			});
			if (total > ABSURD_MAJOR_UNITS * 10 ** d) {
				ctx.addIssue({ code: "custom", message: `the total is over ${ABSURD_MAJOR_UNITS} ${p.currency}, which looks like a typo`, path: ["lines"], input: p.lines });
			}
		}),
	);
export type CreateInvoiceParams = z.infer<typeof createInvoiceParams>;

export const postInvoiceParams = z.object(invoiceRef).check(z.superRefine(exactlyOneInvoiceRef));
export type PostInvoiceParams = z.infer<typeof postInvoiceParams>;

export const registerPaymentParams = z
	.object({
		...invoiceRef,
		amount: decimal,
		currency,
		/** The payment date, YYYY-MM-DD. */
		date: isoDate,
		/** A bank or cash journal's name or short code; left out, Odoo picks the default bank journal. */
		journal: z.optional(nonEmpty),
		/** Who paid, as the owner knows them; shown on the approval card and used by the policy. */
		payee: z.optional(nonEmpty),
		/** The request says this repeats a recurring bill; the policy checks Odoo's earlier bills before trusting it. */
		recurring: z.optional(z.boolean()),
	})
	.check(
		z.superRefine(exactlyOneInvoiceRef),
		z.superRefine((p, ctx) => {
			const d = currencyDecimals(p.currency);
			const minor = toMinor(p.amount, d);
			if (minor === null) ctx.addIssue({ code: "custom", message: `amount ${String(p.amount)} has more decimals than ${p.currency} allows (${d})`, path: ["amount"], input: p.amount });
			else if (minor <= 0) ctx.addIssue({ code: "custom", message: "amount must be more than zero", path: ["amount"], input: p.amount });
			else if (minor > ABSURD_MAJOR_UNITS * 10 ** d) ctx.addIssue({ code: "custom", message: `amount over ${ABSURD_MAJOR_UNITS} ${p.currency} looks like a typo`, path: ["amount"], input: p.amount });
		}),
	);
export type RegisterPaymentParams = z.infer<typeof registerPaymentParams>;

/** The untaxed total and per-line amounts in minor units (params already valid). */
export function invoiceAmounts(p: CreateInvoiceParams): { decimals: number; lines: { unitMinor: number; amountMinor: number }[]; totalMinor: number } {
	const decimals = currencyDecimals(p.currency);
	const lines = p.lines.map((l) => {
		const unitMinor = toMinor(l.unit_price, decimals) ?? 0;
		return { unitMinor, amountMinor: lineAmountMinor(l.quantity, unitMinor) };
	});
	return { decimals, lines, totalMinor: lines.reduce((s, l) => s + l.amountMinor, 0) };
}

export function paymentMinor(p: RegisterPaymentParams): number {
	return toMinor(p.amount, currencyDecimals(p.currency)) ?? 0;
}
