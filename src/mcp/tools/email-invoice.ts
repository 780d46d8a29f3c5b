// A grounded invoice draft from an email: the agent names the email item and the lines it read there; every amount,
// quantity and currency must be written in that email, or the tool refuses and names the line that is not grounded.
import { splitNote } from "../../core/requests/frontmatter";
import { localDay } from "../../core/util/dates";
import { optBool, optDate, optString, onlyKnown, reqString } from "../args";
import { canonicalOf, mentionsCurrency, numbersIn } from "../grounding";
import { noteIn } from "../vault-paths";
import { runDraft } from "./drafts";
import { ToolInputError, type McpContext, type McpTool } from "../tool";

interface LineInput {
	description: string;
	quantity: unknown;
	unit_price: unknown;
}

function readLines(v: unknown): LineInput[] {
	if (!Array.isArray(v) || v.length === 0) throw new ToolInputError("lines is required: a list of {description, quantity, unit_price} as the email states them.");
	return v.map((l, i) => {
		if (typeof l !== "object" || l === null) throw new ToolInputError(`lines[${i}] must be an object {description, quantity, unit_price}.`);
		const r = l as Record<string, unknown>;
		if (typeof r.description !== "string" || r.description.trim() === "") throw new ToolInputError(`lines[${i}].description is required.`);
		if (r.unit_price === undefined) throw new ToolInputError(`lines[${i}].unit_price is required: the price the email states.`);
		return { description: r.description, quantity: r.quantity ?? 1, unit_price: r.unit_price };
	});
}

/** Every figure of the draft checked against the email; the first one that is not there is the error. */
export function checkGrounding(emailText: string, currency: string, lines: LineInput[], item: string): void {
	const numbers = numbersIn(emailText);
	lines.forEach((l, i) => {
		const label = `lines[${i}] ("${l.description}")`;
		const price = canonicalOf(l.unit_price);
		if (price === null) throw new ToolInputError(`${label}: unit_price must be a plain decimal such as 1250.00.`);
		if (!numbers.has(price)) throw new ToolInputError(`${label}: unit_price ${String(l.unit_price)} is not written in ${item}. Use only amounts the email states, or ask the sender.`);
		const qty = canonicalOf(l.quantity);
		if (qty === null) throw new ToolInputError(`${label}: quantity must be a plain number such as 2.`);
		// A line with no count is one of it; any other quantity must be in the email.
		if (qty !== "1" && !numbers.has(qty)) throw new ToolInputError(`${label}: quantity ${String(l.quantity)} is not written in ${item}. Use only quantities the email states.`);
	});
	if (!mentionsCurrency(emailText, currency)) throw new ToolInputError(`currency ${currency} is not named in ${item} (no code, symbol or word for it). Ask the sender which currency, or leave the email for the owner.`);
}

export function emailInvoiceTool(ctx: McpContext): McpTool | null {
	const handler = ctx.registry.handler("odoo.create_invoice");
	if (!handler) return null;
	return {
		name: "draft_invoice_from_email",
		title: "Draft an Odoo invoice from an email",
		description:
			"Drafts an odoo.create_invoice request from an email item in Needs_Action/. Every unit price, quantity (other than 1) and the currency must be written in that email, or the call is refused with the line that is not grounded. dry_run true (default) previews; false writes the request note for the owner.",
		inputSchema: {
			type: "object",
			properties: {
				item: { type: "string", description: "The email's note in Needs_Action/, as list_needs_action names it." },
				customer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" } }, required: ["name"], additionalProperties: false },
				currency: { type: "string", pattern: "^[A-Z]{3}$" },
				lines: {
					type: "array",
					minItems: 1,
					items: {
						type: "object",
						properties: { description: { type: "string" }, quantity: { type: "number", default: 1 }, unit_price: { type: ["string", "number"] } },
						required: ["description", "unit_price"],
						additionalProperties: false,
					},
				},
				invoice_date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Default: today." },
				due_date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
				reference: { type: "string" },
				note: { type: "string" },
				dry_run: { type: "boolean", default: true },
			},
			required: ["item", "customer", "currency", "lines"],
			additionalProperties: false,
		},
		async run(args, call) {
			onlyKnown(args, ["item", "customer", "currency", "lines", "invoice_date", "due_date", "reference", "note", "dry_run"]);
			const item = noteIn(ctx, "Needs_Action", reqString(args, "item"));
			const text = await ctx.deps.vault.read(item);
			if (text === null) throw new ToolInputError(`There is no email item ${item}; list_needs_action shows the ones there are.`);
			const currency = reqString(args, "currency");
			const lines = readLines(args.lines);
			checkGrounding(splitNote(text).body, currency, lines, item);
			const customer = args.customer as { name?: unknown; email?: unknown } | undefined;
			const params: Record<string, unknown> = {
				customer: { name: customer?.name, ...(customer?.email !== undefined ? { email: customer.email } : {}) },
				invoice_date: optDate(args, "invoice_date") ?? localDay(ctx.deps.clock.now(), ctx.deps.timeZone()),
				currency,
				lines: lines.map((l) => ({ description: l.description, quantity: l.quantity, unit_price: String(l.unit_price) })),
			};
			const due = optDate(args, "due_date");
			if (due) params.due_date = due;
			const reference = optString(args, "reference");
			if (reference) params.reference = reference;
			return runDraft(ctx, handler, { params, dryRun: optBool(args, "dry_run", true), note: optString(args, "note"), source: item }, call);
		},
	};
}
