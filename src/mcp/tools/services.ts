// Read-only look-ups in the outside services — Odoo partners, invoices and receivables, the networks' recent metrics —
// through the same connectors and retry rules the plugin uses. Nothing here can write: only Odoo read methods are called.
import { networkConfig, odooSecrets } from "../../connectors";
import { odooConfigured } from "../../connectors/briefing-sources";
import { OdooClient, odooConfigFrom } from "../../connectors/odoo";
import { weeklySocialMetrics, weekEnding } from "../../connectors/social/metrics";
import { CategorizedError, messageOf } from "../../core/util/errors";
import { optDate, optEnum, optInt, optString, onlyKnown, reqString } from "../args";
import { CallBudget } from "../rate-limit";
import { ToolInputError, type McpContext, type McpTool } from "../tool";

const INVOICE_FIELDS = ["id", "name", "partner_id", "invoice_date", "invoice_date_due", "amount_total", "amount_residual", "currency_id", "state", "payment_state"];

function odooClient(ctx: McpContext): OdooClient {
	const settings = ctx.deps.settings();
	if (!odooConfigured(settings)) throw new ToolInputError("Odoo is not set up in AI Employee (settings: Odoo URL, database and login); the owner connects it in the plugin.");
	return OdooClient.overHttp(odooConfigFrom(settings.odoo, odooSecrets(settings, ctx.secrets)), ctx.http, ctx.deps.clock);
}

/** A service fault as a message an agent can act on (never a stack trace). */
function serviceError(service: string, err: unknown): ToolInputError {
	if (err instanceof ToolInputError) return err;
	if (err instanceof CategorizedError) return new ToolInputError(`${service} answered with a ${err.category} error: ${err.message}${err.suggestion ? ` (${err.suggestion})` : ""}`);
	return new ToolInputError(`${service} could not be read: ${messageOf(err)}`);
}

function many2one(v: unknown): string | null {
	return Array.isArray(v) && typeof v[1] === "string" ? v[1] : null;
}

function invoiceRow(r: Record<string, unknown>): Record<string, unknown> {
	return { ...r, partner_id: undefined, currency_id: undefined, partner: many2one(r.partner_id), currency: many2one(r.currency_id) };
}

type OdooRead = (model: string, domain: unknown[], fields: string[], limit: number, order?: string) => Promise<Record<string, unknown>[]>;

export function serviceTools(ctx: McpContext): McpTool[] {
	const budget = new CallBudget(() => ctx.deps.clock.now());
	const odooRead: OdooRead = async (model, domain, fields, limit, order) => {
		budget.take("Odoo");
		try {
			const rows = await odooClient(ctx).read(model, "search_read", { named: { domain, fields, limit, ...(order ? { order } : {}) } });
			return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
		} catch (err) {
			throw serviceError("Odoo", err);
		}
	};
	return [findPartnerTool(odooRead), listInvoicesTool(odooRead), receivablesTool(odooRead), socialMetricsTool(ctx, budget)];
}

function findPartnerTool(odooRead: OdooRead): McpTool {
	return {
		name: "odoo_find_partner",
		title: "Find a customer or supplier in Odoo",
		description: "Finds Odoo partners whose name or email contains the text (read-only).",
		inputSchema: { type: "object", properties: { query: { type: "string", minLength: 2 }, limit: { type: "integer", minimum: 1, maximum: 50, default: 10 } }, required: ["query"], additionalProperties: false },
		async run(args) {
			onlyKnown(args, ["query", "limit"]);
			const query = reqString(args, "query");
			const rows = await odooRead("res.partner", ["|", ["name", "ilike", query], ["email", "ilike", query]], ["id", "name", "email", "is_company"], optInt(args, "limit", 1, 50, 10));
			const lines = rows.map((r) => `- #${String(r.id)} ${String(r.name)}${typeof r.email === "string" ? ` <${r.email}>` : ""}`);
			return { text: rows.length === 0 ? `No partner in Odoo matches "${query}" (it would be a new customer).` : lines.join("\n"), data: { partners: rows } };
		},
	};
}

/** The customer-invoice search the filters ask for; each filter is checked before Odoo is asked anything. */
function invoiceDomain(args: Record<string, unknown>): unknown[] {
	const domain: unknown[] = [["move_type", "=", "out_invoice"]];
	const state = args.state === undefined ? undefined : optEnum(args, "state", ["draft", "posted", "cancel"] as const, "posted");
	const payment = args.payment_state === undefined ? undefined : optEnum(args, "payment_state", ["not_paid", "partial", "paid", "in_payment", "reversed"] as const, "not_paid");
	const partner = optString(args, "partner");
	const from = optDate(args, "date_from");
	const to = optDate(args, "date_to");
	if (state) domain.push(["state", "=", state]);
	if (payment) domain.push(["payment_state", "=", payment]);
	if (partner) domain.push(["partner_id.name", "ilike", partner]);
	if (from) domain.push(["invoice_date", ">=", from]);
	if (to) domain.push(["invoice_date", "<=", to]);
	return domain;
}

function listInvoicesTool(odooRead: OdooRead): McpTool {
	return {
		name: "odoo_list_invoices",
		title: "List customer invoices in Odoo",
		description: "Lists customer invoices by state, payment state, customer and invoice date (read-only), newest first.",
		inputSchema: {
			type: "object",
			properties: {
				state: { type: "string", enum: ["draft", "posted", "cancel"] },
				payment_state: { type: "string", enum: ["not_paid", "partial", "paid", "in_payment", "reversed"] },
				partner: { type: "string", description: "Text in the customer's name." },
				date_from: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
				date_to: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
				limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
			},
			additionalProperties: false,
		},
		async run(args) {
			onlyKnown(args, ["state", "payment_state", "partner", "date_from", "date_to", "limit"]);
			const domain = invoiceDomain(args);
			const rows = (await odooRead("account.move", domain, INVOICE_FIELDS, optInt(args, "limit", 1, 200, 50), "invoice_date desc, id desc")).map(invoiceRow);
			const lines = rows.map((r) => `- ${String(r.name)} ${String(r.partner)} ${String(r.invoice_date)} ${String(r.amount_total)} ${String(r.currency)} (${String(r.state)}, ${String(r.payment_state)})`);
			return { text: rows.length === 0 ? "No invoices match." : lines.join("\n"), data: { invoices: rows } };
		},
	};
}

/** The open amounts per currency, summed in cents and rounded once: Odoo answers floats. */
function openTotalsInCents(rows: Record<string, unknown>[]): Record<string, number> {
	const totals: Record<string, number> = {};
	for (const r of rows) {
		const cur = typeof r.currency === "string" ? r.currency : "?";
		totals[cur] = (totals[cur] ?? 0) + Math.round(Number(r.amount_residual ?? 0) * 100);
	}
	return totals;
}

function receivablesTool(odooRead: OdooRead): McpTool {
	return {
		name: "odoo_receivables",
		title: "Open receivables in Odoo",
		description: "Lists posted customer invoices that are not fully paid, with the open amount and due date, and the totals per currency (read-only).",
		inputSchema: { type: "object", properties: { limit: { type: "integer", minimum: 1, maximum: 500, default: 200 } }, additionalProperties: false },
		async run(args) {
			onlyKnown(args, ["limit"]);
			const domain = [["move_type", "=", "out_invoice"], ["state", "=", "posted"], ["payment_state", "in", ["not_paid", "partial"]]];
			const rows = (await odooRead("account.move", domain, INVOICE_FIELDS, optInt(args, "limit", 1, 500, 200), "invoice_date_due asc, id asc")).map(invoiceRow);
			const totals = openTotalsInCents(rows);
			const totalWords = Object.entries(totals).map(([c, cents]) => `${(cents / 100).toFixed(2)} ${c}`);
			const lines = rows.map((r) => `- ${String(r.name)} ${String(r.partner)}: ${String(r.amount_residual)} ${String(r.currency)} open, due ${String(r.invoice_date_due)}`);
			return {
				text: rows.length === 0 ? "No open receivables." : `Open: ${totalWords.join(", ")}\n${lines.join("\n")}`,
				data: { invoices: rows, totals: Object.fromEntries(Object.entries(totals).map(([c, cents]) => [c, cents / 100])) },
			};
		},
	};
}

function socialMetricsTool(ctx: McpContext, budget: CallBudget): McpTool {
	return {
		name: "social_metrics",
		title: "Recent social media metrics",
		description: "Reads the last days' posts and their metrics (reach, likes, comments…) from every network set up (read-only).",
		inputSchema: { type: "object", properties: { days: { type: "integer", minimum: 1, maximum: 28, default: 7 } }, additionalProperties: false },
		async run(args) {
			onlyKnown(args, ["days"]);
			const days = optInt(args, "days", 1, 28, 7);
			const s = ctx.deps.settings();
			const configs = { facebook: networkConfig(s, "facebook").config, instagram: networkConfig(s, "instagram").config, x: networkConfig(s, "x").config, linkedin: networkConfig(s, "linkedin").config };
			if (!configs.facebook && !configs.instagram && !configs.x && !configs.linkedin) throw new ToolInputError("No social network is set up in AI Employee; the owner connects them in the plugin.");
			budget.take("social");
			const end = ctx.deps.clock.now();
			const period = { ...weekEnding(end), since: end - days * 86_400_000 };
			const networks = await weeklySocialMetrics({ http: ctx.http, clock: ctx.deps.clock, secrets: ctx.secrets }, configs, period);
			const lines = networks.map((n) => JSON.stringify(n));
			return { text: lines.join("\n"), data: { days, networks } };
		},
	};
}
