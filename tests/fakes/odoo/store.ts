// The fake Odoo's data and ORM methods: partners, currencies, taxes, invoices with computed totals, the payment wizard.
import { matches, type Rec } from "./domain";

export type OdooExceptionName =
	| "UserError"
	| "ValidationError"
	| "MissingError"
	| "AccessDenied"
	| "AccessError"
	| "ValueError"
	| "KeyError"
	| "AttributeError"
	| "IndexError"
	| "Exception"
	| "OperationalError"
	| "ExpatError";

/** The module each non-Odoo exception is printed with in a traceback's last line and JSON-RPC's error.data.name. */
const QUALIFIED: Partial<Record<OdooExceptionName, string>> = {
	ValueError: "ValueError",
	KeyError: "KeyError",
	AttributeError: "AttributeError",
	IndexError: "IndexError",
	Exception: "Exception",
	OperationalError: "psycopg2.OperationalError",
	ExpatError: "xml.parsers.expat.ExpatError",
};

/**
 * A Python float. Odoo's XML-RPC always sends one as <double> (300.0, never <int>300</int>), which is what a JS number
 * cannot say by itself; JSON writes it as a plain number.
 */
export class PyFloat {
	constructor(readonly value: number) {}
	toJSON(): number {
		return this.value;
	}
}

/** Float fields per model (Odoo's fields.Float / fields.Monetary): sent as <double> over XML-RPC. */
const FLOAT_FIELDS: Record<string, Set<string>> = {
	"account.move": new Set(["amount_untaxed", "amount_tax", "amount_total", "amount_residual", "amount_untaxed_signed", "amount_tax_signed", "amount_total_signed", "amount_residual_signed"]),
	"account.move.line": new Set(["quantity", "price_unit", "price_subtotal", "amount_residual"]),
	"account.tax": new Set(["amount"]),
	"account.payment": new Set(["amount"]),
	"account.payment.register": new Set(["amount", "payment_difference"]),
	"account.partial.reconcile": new Set(["amount"]),
	"res.currency": new Set(["rounding"]),
};

/** Fields a new record gets when the values leave them out (Odoo's column defaults), as Odoo sends them. */
const DEFAULTS: Record<string, Record<string, unknown>> = {
	"res.partner": { customer_rank: 0, supplier_rank: 0, is_company: false },
};

/** Model descriptions (`_description`), as Odoo's AccessError messages name them. */
const DESCRIPTIONS: Record<string, string> = {
	"account.move": "Journal Entry",
	"account.move.line": "Journal Item",
	"account.payment": "Payments",
	"account.payment.register": "Register Payment",
	"account.partial.reconcile": "Partial Reconcile",
	"account.journal": "Journal",
	"account.tax": "Tax",
	"account.payment.term": "Payment Terms",
	"res.partner": "Contact",
	"res.currency": "Currency",
	"res.company": "Companies",
	"res.users": "User",
	"product.product": "Product Variant",
};
export function modelDescription(model: string): string {
	return DESCRIPTIONS[model] ?? model;
}

/** An exception as Odoo's Python would raise it; each protocol turns it into its own error shape. */
export class OdooException extends Error {
	constructor(
		readonly pyName: OdooExceptionName,
		message: string,
		/** Unknown model or method: JSON-2 answers 404 for these. */
		readonly notFound = false,
	) {
		super(message);
	}
	get qualified(): string {
		return QUALIFIED[this.pyName] ?? `odoo.exceptions.${this.pyName}`;
	}
}

/** many2one fields per model and the model they point to. */
const MANY2ONE: Record<string, Record<string, string>> = {
	"account.move": { partner_id: "res.partner", currency_id: "res.currency", journal_id: "account.journal", invoice_payment_term_id: "account.payment.term", company_id: "res.company" },
	"res.company": { currency_id: "res.currency", partner_id: "res.partner" },
	"res.users": { company_id: "res.company", partner_id: "res.partner" },
	"account.payment": { partner_id: "res.partner", currency_id: "res.currency", journal_id: "account.journal" },
	"account.payment.register": { journal_id: "account.journal", currency_id: "res.currency" },
	"account.move.line": { move_id: "account.move" },
	"account.partial.reconcile": { debit_move_id: "account.move.line", credit_move_id: "account.move.line" },
};
const ACTIVE_MODELS = new Set(["res.partner", "res.currency", "product.product", "account.tax", "account.journal", "account.payment.term", "res.users"]);
const SIGN: Record<string, number> = { out_invoice: 1, out_refund: -1, in_invoice: -1, in_refund: 1, entry: 1 };

export interface CallInput {
	ids?: number[];
	named: Record<string, unknown>;
	context: Record<string, unknown>;
	uid: number;
	/** XML-RPC create with a single dict answers an id, with a list a list of ids. */
	singleCreate?: boolean;
}

type Method = (store: OdooStore, model: string, input: CallInput) => unknown;

export class OdooStore {
	readonly tables = new Map<string, Map<number, Rec>>();
	private readonly nextIds = new Map<string, number>();
	/** Ids created through the API (not seeds), per model. */
	readonly created = new Map<string, number[]>();
	/** Last number given per sequence prefix ("INV/2025/", "BILL/2025/03/"), like Odoo's per-journal, per-period sequences. */
	private readonly sequences = new Map<string, number>();
	/**
	 * Default taxes of the journals' income (sale) and expense (purchase) accounts: what an invoice line without a product
	 * and without tax_ids gets in Odoo 17 (`_get_computed_taxes`: product taxes, else the account's). A real Odoo 17
	 * database on the generic chart has none there, so a line without a product is untaxed, and so it is here. Set them
	 * (e.g. `{ sale: [1], purchase: [2] }`) to play a chart whose income account carries a default tax.
	 */
	accountTaxes: { sale: number[]; purchase: number[] } = { sale: [], purchase: [] };
	/** The server's today (Odoo's context_today); a test that replays answers recorded on another day pins it. */
	today: () => string = today;

	constructor(readonly version: 17 | 19) {
		this.seedBase();
	}

	table(model: string): Map<number, Rec> {
		let t = this.tables.get(model);
		if (!t) {
			t = new Map();
			this.tables.set(model, t);
		}
		return t;
	}

	insert(model: string, vals: Record<string, unknown>): Rec {
		const id = vals.id as number | undefined ?? this.nextIds.get(model) ?? 1;
		this.nextIds.set(model, Math.max(id + 1, this.nextIds.get(model) ?? 1));
		const rec: Rec = { ...vals, id };
		if (ACTIVE_MODELS.has(model) && rec.active === undefined) rec.active = true;
		this.table(model).set(id, rec);
		return rec;
	}

	get(model: string, id: number): Rec | undefined {
		return this.tables.get(model)?.get(id);
	}

	all(model: string): Rec[] {
		return [...(this.tables.get(model)?.values() ?? [])];
	}

	displayName(model: string, id: unknown): string {
		if (typeof id !== "number") return "";
		const r = this.get(model, id);
		const name = r?.name ?? r?.display_name;
		if (r && model === "account.move") return moveDisplayName(r);
		// A contact with a company name but no parent shows as "Company, Name" (res.partner._get_complete_name).
		if (r && model === "res.partner" && typeof r.company_name === "string" && r.company_name && !r.is_company && typeof name === "string") return `${r.company_name}, ${name}`;
		return typeof name === "string" ? name : `${model},${id}`;
	}

	/** A field as Odoo sends it: many2one → [id, name], empty → false. */
	render(model: string, rec: Rec, field: string): unknown {
		if (field === "id") return rec.id;
		if (field === "display_name") return this.displayName(model, rec.id);
		const comodel = MANY2ONE[model]?.[field];
		const v = rec[field] ?? DEFAULTS[model]?.[field];
		if (comodel) return typeof v === "number" ? [v, this.displayName(comodel, v)] : false;
		if (v === undefined || v === null || v === "") return false;
		if (typeof v === "number" && FLOAT_FIELDS[model]?.has(field)) return new PyFloat(v);
		return v;
	}

	search(model: string, domain: unknown[], context: Record<string, unknown>, order?: string): Rec[] {
		const activeTest = context.active_test !== false && ACTIVE_MODELS.has(model);
		const rows = this.all(model).filter((r) => (!activeTest || r.active !== false) && matches(r, domain));
		const keys = (order ?? "id").split(",").map((s) => s.trim().split(/\s+/) as [string, string?]);
		return rows.sort((a, b) => {
			for (const [f, dir] of keys) {
				const x = (a[f] ?? "") as string | number;
				const y = (b[f] ?? "") as string | number;
				if (x !== y) return (x < y ? -1 : 1) * (dir?.toLowerCase() === "desc" ? -1 : 1);
			}
			return a.id - b.id;
		});
	}

	project(model: string, rec: Rec, fields: string[] | undefined): Record<string, unknown> {
		const out: Record<string, unknown> = { id: rec.id };
		for (const f of fields ?? Object.keys(rec)) {
			if (!this.knows(model, rec, f)) throw new OdooException("ValueError", `Invalid field '${f}' on model '${model}'`);
			out[f] = this.render(model, rec, f);
		}
		return out;
	}

	private knows(model: string, rec: Rec, field: string): boolean {
		return field === "id" || field === "display_name" || field in rec || FIELDS[model]?.includes(field) === true;
	}

	/**
	 * The sequence prefix of a move's name: yearly for customer documents (INV/2025/00001), monthly for vendor bills and
	 * miscellaneous entries (BILL/2025/03/0001), as a fresh Odoo 17 numbers them.
	 */
	private sequencePrefix(moveType: string, date: string): { prefix: string; digits: number } {
		const code = moveType === "out_invoice" ? "INV" : moveType === "out_refund" ? "RINV" : moveType === "in_invoice" ? "BILL" : moveType === "in_refund" ? "RBILL" : "MISC";
		return moveType.startsWith("out") ? { prefix: `${code}/${date.slice(0, 4)}/`, digits: 5 } : { prefix: `${code}/${date.slice(0, 4)}/${date.slice(5, 7)}/`, digits: 4 };
	}

	/**
	 * Odoo 17's `_compute_name`: a draft gets a number at once only when it is the first of its journal and period;
	 * every later draft is named "/" until it is posted.
	 */
	private draftName(moveType: string, date: string): string {
		const { prefix } = this.sequencePrefix(moveType, date);
		return this.sequences.has(prefix) ? "/" : this.nextName(moveType, date);
	}

	private nextName(moveType: string, date: string): string {
		const { prefix, digits } = this.sequencePrefix(moveType, date);
		const n = (this.sequences.get(prefix) ?? 0) + 1;
		this.sequences.set(prefix, n);
		return `${prefix}${String(n).padStart(digits, "0")}`;
	}

	call(model: string, method: string, input: CallInput): unknown {
		// odoo/service/model.py refuses names starting with "_" before looking at the model.
		if (method.startsWith("_")) throw new OdooException("AccessError", `Private methods (such as ${method}) cannot be called remotely.`);
		if (!KNOWN_MODELS.has(model)) throw new OdooException("UserError", `Object ${model} doesn't exist`, true);
		const impl = METHODS[`${model}/${method}`] ?? METHODS[`*/${method}`];
		if (!impl || (method === "formatted_read_group" && this.version < 19)) {
			throw new OdooException("AttributeError", `The method '${method}' does not exist on the model '${model}'`, true);
		}
		return impl(this, model, input);
	}

	// ---- invoices ----

	currencyDecimals(currencyId: unknown): number {
		const c = typeof currencyId === "number" ? this.get("res.currency", currencyId) : undefined;
		return typeof c?.decimal_places === "number" ? c.decimal_places : 2;
	}

	/** Odoo's compute: per-line subtotal and tax rounded to the currency, then summed; signed amounts by direction. */
	computeMove(move: Rec): void {
		const d = this.currencyDecimals(move.currency_id);
		const round = (x: number) => Math.round(x * 10 ** d + Number.EPSILON * 10) / 10 ** d;
		let untaxed = 0;
		let tax = 0;
		for (const line of (move._lines as Rec[] | undefined) ?? []) {
			const subtotal = round(Number(line.quantity ?? 1) * Number(line.price_unit ?? 0));
			line.price_subtotal = subtotal;
			untaxed = round(untaxed + subtotal);
			for (const tid of (line.tax_ids as number[] | undefined) ?? []) {
				const t = this.get("account.tax", tid);
				tax = round(tax + round((subtotal * Number(t?.amount ?? 0)) / 100));
			}
		}
		const sign = SIGN[String(move.move_type)] ?? 1;
		const total = round(untaxed + tax);
		const paid = Number(move._paid ?? 0);
		move.amount_untaxed = untaxed;
		move.amount_tax = tax;
		move.amount_total = total;
		move.amount_residual = round(total - paid);
		move.amount_untaxed_signed = sign * untaxed;
		move.amount_tax_signed = sign * tax;
		move.amount_total_signed = sign * total;
		move.amount_residual_signed = sign * round(total - paid);
	}

	createMove(vals: Record<string, unknown>): Rec {
		const moveType = typeof vals.move_type === "string" ? vals.move_type : "entry";
		if (!(moveType in SIGN)) throw new OdooException("ValueError", `Wrong value for account.move.move_type: '${moveType}'`);
		for (const [f, comodel] of Object.entries(MANY2ONE["account.move"] ?? {})) {
			const v = vals[f];
			if (typeof v === "number" && !this.get(comodel, v)) throw new OdooException("MissingError", `Record does not exist or has been deleted.\n(Record: ${comodel}(${v},), User: 2)`);
		}
		// An inactive currency is accepted on a draft; posting refuses it (see post).
		const currency = typeof vals.currency_id === "number" ? this.get("res.currency", vals.currency_id) : this.get("res.currency", 1);
		const invoiceDate = typeof vals.invoice_date === "string" ? vals.invoice_date : false;
		// The default journal of the move's type; a company without one (Invoicing installed, no chart of accounts) cannot invoice.
		const journalType = moveType.startsWith("out") ? "sale" : moveType.startsWith("in") ? "purchase" : "general";
		const journal = this.all("account.journal").find((j) => j.type === journalType && j.active !== false);
		if (!journal) throw new OdooException("UserError", `No journal could be found in company My Company for any of those types: ${journalType}`);
		const lines: Rec[] = [];
		for (const cmd of (vals.invoice_line_ids as unknown[] | undefined) ?? []) {
			if (!Array.isArray(cmd) || cmd[0] !== 0) throw new OdooException("ValueError", `Unsupported command ${JSON.stringify(cmd)} in the fake`);
			const lv = { ...(cmd[2] as Record<string, unknown>) };
			let taxIds: number[];
			const cmds = lv.tax_ids as unknown[] | undefined;
			if (Array.isArray(cmds)) {
				taxIds = [];
				for (const c of cmds) {
					if (Array.isArray(c) && c[0] === 6) taxIds = [...(c[2] as number[])];
					else if (Array.isArray(c) && c[0] === 4) taxIds.push(c[1] as number);
				}
			} else {
				// Odoo 17 (_get_computed_taxes): the product's taxes, else the default taxes of the journal's account.
				const product = typeof lv.product_id === "number" ? this.get("product.product", lv.product_id) : undefined;
				taxIds = product?.taxes_id ? [...(product.taxes_id as number[])] : moveType.startsWith("out") ? [...this.accountTaxes.sale] : moveType.startsWith("in") ? [...this.accountTaxes.purchase] : [];
			}
			// A tax id that does not exist fails on the database's foreign key, which Odoo words like this (fault 2).
			for (const t of taxIds) {
				if (!this.get("account.tax", t)) {
					throw new OdooException(
						"ValidationError",
						"The operation cannot be completed: another model requires the record being deleted. If possible, archive it instead.\n\nModel: Unknown (unknown)\nConstraint: account_move_line_account_tax_rel_account_tax_id_fkey",
					);
				}
			}
			lines.push(this.insert("account.move.line", { name: lv.name ?? "", quantity: lv.quantity ?? 1, price_unit: lv.price_unit ?? 0, product_id: lv.product_id ?? false, tax_ids: taxIds }));
		}
		// Odoo 17 (_compute_invoice_date_due): payment terms count from the invoice date (today without one); with neither
		// a due date nor terms the due date is the day the invoice was created in Odoo, even for a backdated invoice, and
		// posting keeps it. A real 17 server answered so (tests/fixtures/odoo-17/account-move-read-backdated.xml).
		let due = vals.invoice_date_due;
		if (!due && typeof vals.invoice_payment_term_id === "number") {
			const term = this.get("account.payment.term", vals.invoice_payment_term_id);
			due = addDays(invoiceDate || this.today(), Number(term?.days ?? 0));
		}
		const move = this.insert("account.move", {
			name: this.draftName(moveType, invoiceDate || this.today()),
			move_type: moveType,
			state: "draft",
			payment_state: "not_paid",
			partner_id: vals.partner_id ?? false,
			currency_id: currency?.id ?? 1,
			journal_id: journal.id,
			company_id: 1,
			invoice_date: invoiceDate,
			invoice_date_due: due || this.today(),
			invoice_payment_term_id: vals.invoice_payment_term_id ?? false,
			ref: vals.ref ?? false,
			invoice_line_ids: lines.map((l) => l.id),
			_lines: lines,
			_paid: 0,
		});
		this.computeMove(move);
		return move;
	}

	post(ids: number[]): false {
		// The checks of account.move._post in Odoo 17, in its order.
		const moves = ids.map((id) => {
			const move = this.get("account.move", id);
			if (!move) throw new OdooException("MissingError", `Record does not exist or has been deleted.\n(Record: account.move(${id},), User: 2)`);
			return move;
		});
		for (const move of moves) {
			const type = String(move.move_type);
			if (!move.partner_id && type.startsWith("out")) throw new OdooException("UserError", "The field 'Customer' is required, please complete it to validate the Customer Invoice.");
			if (!move.partner_id && type.startsWith("in")) throw new OdooException("UserError", "The field 'Vendor' is required, please complete it to validate the Vendor Bill.");
			if (!move.invoice_date && type.startsWith("in")) throw new OdooException("UserError", "The Bill/Refund date is required to validate this document.");
		}
		for (const move of moves) {
			if (move.state === "posted" || move.state === "cancel") throw new OdooException("UserError", `The entry ${String(move.name)} (id ${move.id}) must be in draft.`);
			if (((move._lines as Rec[] | undefined) ?? []).length === 0) throw new OdooException("UserError", "You need to add a line before posting.");
			const currency = this.get("res.currency", Number(move.currency_id));
			if (currency && currency.active === false) throw new OdooException("UserError", `You cannot validate a document with an inactive currency: ${String(currency.name)}`);
		}
		for (const move of moves) {
			move.state = "posted";
			if (!move.invoice_date) move.invoice_date = this.today();
			// A draft named "/" gets its number now.
			if (move.name === "/") move.name = this.nextName(String(move.move_type), String(move.invoice_date));
			this.termLine(move);
		}
		// account.move.action_post returns False so XML-RPC can marshal it.
		return false;
	}

	/** Registers `amount` on a posted move: residual down, payment_state to partial or paid (Community skips in_payment). */
	pay(moveId: number, amount: number, date: string, journalId: number): number {
		const move = this.get("account.move", moveId);
		if (!move) throw new OdooException("MissingError", "Record does not exist or has been deleted.");
		const d = this.currencyDecimals(move.currency_id);
		move._paid = Math.round((Number(move._paid ?? 0) + amount) * 10 ** d) / 10 ** d;
		this.computeMove(move);
		move.payment_state = Number(move.amount_residual) <= 0 ? "paid" : "partial";
		const payment = this.insert("account.payment", { name: `PBNK1/${date.slice(0, 4)}/${String(moveId).padStart(5, "0")}`, amount, date, partner_id: move.partner_id, currency_id: move.currency_id, journal_id: journalId, state: "posted" });
		// The reconciliation Odoo records between the invoice's receivable (or payable) line and the payment's: its
		// max_date (the later of both dates) is when the amount stopped being open, which as-of reports rely on.
		const term = this.termLine(move);
		const paymentLine = this.insert("account.move.line", { name: payment.name, move_id: false, account_type: term.account_type, date_maturity: date, date, parent_state: "posted", move_type: "entry", amount_residual: 0 });
		term.amount_residual = move.amount_residual_signed;
		const debitSide = move.move_type === "out_invoice" || move.move_type === "in_refund";
		const invoiceDate = typeof move.invoice_date === "string" && move.invoice_date ? move.invoice_date : date;
		this.insert("account.partial.reconcile", {
			debit_move_id: debitSide ? term.id : paymentLine.id,
			credit_move_id: debitSide ? paymentLine.id : term.id,
			amount,
			max_date: date > invoiceDate ? date : invoiceDate,
		});
		return payment.id;
	}

	/** The receivable (customer) or payable (vendor) line a posted invoice carries, made once when it is posted. */
	private termLine(move: Rec): Rec {
		const existing = typeof move._term_line === "number" ? this.get("account.move.line", move._term_line) : undefined;
		if (existing) return existing;
		const type = String(move.move_type);
		const line = this.insert("account.move.line", {
			name: move.name,
			move_id: move.id,
			account_type: type.startsWith("out") ? "asset_receivable" : "liability_payable",
			date_maturity: move.invoice_date_due || move.invoice_date,
			date: move.invoice_date,
			invoice_date: move.invoice_date,
			parent_state: "posted",
			move_type: type,
			amount_residual: move.amount_residual_signed,
		});
		move._term_line = line.id;
		return line;
	}

	private seedBase(): void {
		this.insert("res.currency", { id: 1, name: "USD", symbol: "$", decimal_places: 2, rounding: 0.01 });
		this.insert("res.currency", { id: 2, name: "EUR", symbol: "€", decimal_places: 2, rounding: 0.01 });
		this.insert("res.currency", { id: 3, name: "JPY", symbol: "¥", decimal_places: 0, rounding: 1 });
		this.insert("res.currency", { id: 4, name: "GBP", symbol: "£", decimal_places: 2, rounding: 0.01, active: false });
		this.insert("res.currency", { id: 5, name: "KWD", symbol: "KD", decimal_places: 3, rounding: 0.001, active: false });
		this.insert("res.partner", { id: 1, name: "My Company", email: "info@mycompany.example", is_company: true, customer_rank: 0, supplier_rank: 0 });
		this.insert("res.partner", { id: 3, name: "Mitchell Admin", email: "admin@example.com", customer_rank: 0, supplier_rank: 0 });
		this.insert("res.company", { id: 1, name: "My Company", currency_id: 1, partner_id: 1 });
		this.insert("res.users", { id: 2, name: "Mitchell Admin", login: "admin@example.com", company_id: 1, partner_id: 3, lang: "en_US", tz: "Europe/Brussels" });
		this.insert("account.tax", { id: 1, name: "15%", amount: 15, amount_type: "percent", type_tax_use: "sale" });
		this.insert("account.tax", { id: 2, name: "15% (purchase)", amount: 15, amount_type: "percent", type_tax_use: "purchase" });
		this.insert("account.tax", { id: 3, name: "0% Exempt", amount: 0, amount_type: "percent", type_tax_use: "sale" });
		this.insert("account.payment.term", { id: 1, name: "Immediate Payment", days: 0 });
		this.insert("account.payment.term", { id: 2, name: "30 Days", days: 30 });
		this.insert("account.journal", { id: 1, name: "Customer Invoices", code: "INV", type: "sale" });
		this.insert("account.journal", { id: 2, name: "Vendor Bills", code: "BILL", type: "purchase" });
		this.insert("account.journal", { id: 3, name: "Miscellaneous Operations", code: "MISC", type: "general" });
		this.insert("account.journal", { id: 6, name: "Bank", code: "BNK1", type: "bank" });
		this.insert("account.journal", { id: 7, name: "Cash", code: "CSH1", type: "cash" });
		this.insert("product.product", { id: 1, name: "Consulting", default_code: "CONS", type: "service", taxes_id: [1] });
		this.insert("product.product", { id: 2, name: "Support plan", default_code: "SUP", type: "service", taxes_id: [3] });
	}
}

/** Today's date (UTC), where Odoo uses context_today. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

const DRAFT_LABEL: Record<string, string> = {
	out_invoice: "Draft Invoice",
	out_refund: "Draft Credit Note",
	in_invoice: "Draft Bill",
	in_refund: "Draft Vendor Credit Note",
	entry: "Draft Entry",
};

/**
 * account.move's display name in Odoo 17 (_get_move_display_name with show_ref): "INV/2025/00001",
 * "Draft Invoice INV/2025/00001" or "Draft Invoice (* 7)", followed by " (ref)" when the move has a reference.
 */
function moveDisplayName(move: Rec): string {
	const draft = move.state === "draft" ? `${DRAFT_LABEL[String(move.move_type)] ?? "Draft Entry"} ` : "";
	const name = typeof move.name === "string" && move.name !== "/" ? move.name : `(* ${move.id})`;
	const ref = typeof move.ref === "string" && move.ref ? ` (${move.ref.length > 50 ? `${move.ref.slice(0, 46)} [...]` : move.ref})` : "";
	return `${draft}${name}${ref}`;
}

export function addDays(date: string, n: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

const FIELDS: Record<string, string[]> = {
	"res.partner": ["name", "email", "company_name", "is_company", "customer_rank", "supplier_rank", "active", "phone"],
	"account.move": ["name", "ref", "narration", "invoice_origin"],
	"res.currency": ["name", "active", "decimal_places", "rounding", "symbol"],
	"product.product": ["name", "default_code", "type"],
	"account.move.line": ["name", "move_id", "product_id", "tax_ids", "account_type", "move_type", "parent_state", "invoice_date", "date", "date_maturity", "amount_residual"],
	"account.partial.reconcile": ["debit_move_id", "credit_move_id", "amount", "max_date"],
};
const KNOWN_MODELS = new Set([
	"res.partner", "res.currency", "res.company", "res.users", "account.tax", "account.payment.term", "account.journal",
	"product.product", "account.move", "account.move.line", "account.payment", "account.payment.register", "account.partial.reconcile",
]);

// ---- ORM methods, keyed "model/method" or "*/method" ----

function domainOf(input: CallInput): unknown[] {
	const d = input.named.domain ?? input.named.args ?? [];
	if (!Array.isArray(d)) throw new OdooException("ValueError", `Invalid domain ${JSON.stringify(d)}`);
	return d;
}

function searchRecords(store: OdooStore, model: string, input: CallInput): Rec[] {
	const rows = store.search(model, domainOf(input), input.context, typeof input.named.order === "string" ? input.named.order : undefined);
	const offset = Number(input.named.offset ?? 0);
	const limit = typeof input.named.limit === "number" ? input.named.limit : undefined;
	return rows.slice(offset, limit === undefined ? undefined : offset + limit);
}

function fieldsOf(input: CallInput): string[] | undefined {
	const f = input.named.fields;
	return Array.isArray(f) && f.length > 0 ? (f as string[]) : undefined;
}

function idsOf(input: CallInput): number[] {
	if (!input.ids || !Array.isArray(input.ids)) throw new OdooException("ValueError", "this method needs record ids");
	return input.ids;
}

function existing(store: OdooStore, model: string, ids: number[]): Rec[] {
	return ids.map((id) => {
		const r = store.get(model, id);
		if (!r) throw new OdooException("MissingError", `Record does not exist or has been deleted.\n(Record: ${model}(${id},), User: 2)`);
		return r;
	});
}

function record(store: OdooStore, model: string, id: number): void {
	const list = store.created.get(model) ?? [];
	list.push(id);
	store.created.set(model, list);
}

const METHODS: Record<string, Method> = {
	"*/search_read": (s, m, i) => searchRecords(s, m, i).map((r) => s.project(m, r, fieldsOf(i))),
	"*/search": (s, m, i) => searchRecords(s, m, i).map((r) => r.id),
	"*/search_count": (s, m, i) => s.search(m, domainOf(i), i.context).length,
	// Odoo 17's read leaves out ids that do not exist (no MissingError); write and the actions do raise it.
	"*/read": (s, m, i) => idsOf(i).flatMap((id) => {
		const r = s.get(m, id);
		return r ? [s.project(m, r, fieldsOf(i))] : [];
	}),
	"*/create": (s, m, i) => {
		const raw = i.named.vals_list;
		const list = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
		const ids = list.map((vals) => {
			// The SQL constraint res_partner_check_name, as Odoo 17 words a constraint violation (fault 2).
			if (m === "res.partner" && !vals.name) throw new OdooException("ValidationError", "The operation cannot be completed: Contacts require a name");
			const rec = s.insert(m, { ...(DEFAULTS[m] ?? {}), ...vals });
			record(s, m, rec.id);
			return rec.id;
		});
		return i.singleCreate ? ids[0] : ids;
	},
	"*/write": (s, m, i) => {
		for (const r of existing(s, m, idsOf(i))) Object.assign(r, i.named.vals as Record<string, unknown>);
		return true;
	},
	"account.move/create": (s, _m, i) => {
		const raw = i.named.vals_list;
		const list = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
		// Validate every move before inserting any, like one database transaction.
		const ids = list.map((vals) => {
			const rec = s.createMove(vals);
			record(s, "account.move", rec.id);
			return rec.id;
		});
		return i.singleCreate ? ids[0] : ids;
	},
	"account.move/action_post": (s, _m, i) => s.post(idsOf(i)),
	"account.payment.register/create": (s, m, i) => {
		if (i.context.active_model !== "account.move" || !Array.isArray(i.context.active_ids)) {
			throw new OdooException("UserError", "The register payment wizard should only be called on account.move or account.move.line records.");
		}
		const moves = existing(s, "account.move", i.context.active_ids as number[]);
		for (const mv of moves) {
			if (mv.state !== "posted") throw new OdooException("UserError", "You can only register payment for posted journal entries.");
			if (mv.payment_state === "paid" || mv.payment_state === "in_payment") throw new OdooException("UserError", "You can't register a payment because there is nothing left to pay on the selected journal items.");
		}
		const raw = i.named.vals_list;
		const list = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
		const ids = list.map((vals) => {
			const first = moves[0] as Rec;
			const amount = typeof vals.amount === "number" ? vals.amount : Number(first.amount_residual);
			const rec = s.insert(m, {
				journal_id: 6,
				currency_id: first.currency_id,
				amount,
				payment_date: s.today(),
				...vals,
				payment_difference: Math.round((Number(first.amount_residual) - amount) * 100) / 100,
				_active_ids: i.context.active_ids,
			});
			record(s, m, rec.id);
			return rec.id;
		});
		return i.singleCreate ? ids[0] : ids;
	},
	"account.payment.register/action_create_payments": (s, m, i) => {
		const payments: number[] = [];
		for (const w of existing(s, m, idsOf(i))) {
			for (const moveId of w._active_ids as number[]) {
				const id = s.pay(moveId, Number(w.amount), String(w.payment_date), Number(w.journal_id));
				record(s, "account.payment", id);
				payments.push(id);
			}
		}
		return { name: "Payments", type: "ir.actions.act_window", res_model: "account.payment", context: { create: false }, view_mode: "form", res_id: payments[0] ?? false };
	},
	"res.users/context_get": (_s, _m, i) => ({ lang: "en_US", tz: "Europe/Brussels", uid: i.uid }),
	"*/read_group": (s, m, i) => readGroup(s, m, i, false),
	"*/formatted_read_group": (s, m, i) => readGroup(s, m, i, true),
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Group key of a date for a granularity: the period's start date, its label, and its end (exclusive). */
function datePeriod(date: string, granularity: string): { from: string; to: string; label: string } {
	const [y = 0, mo = 1] = date.split("-").map(Number);
	const short = (s: string) => {
		const [yy, mm, dd] = s.split("-");
		return `${dd} ${(MONTHS[Number(mm) - 1] ?? "").slice(0, 3)} ${yy}`;
	};
	switch (granularity) {
		case "day":
			return { from: date, to: addDays(date, 1), label: short(date) };
		case "week": {
			// Odoo 17 starts the week on the user's language's first day: Sunday for en_US (the fake's users), and labels it
			// with babel's "'W'w YYYY" in that locale: week 1 is the one holding 1 January.
			const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
			const from = addDays(date, -dow);
			return { from, to: addDays(from, 7), label: usWeekLabel(from) };
		}
		case "month": {
			const from = `${y}-${String(mo).padStart(2, "0")}-01`;
			const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, "0")}-01`;
			return { from, to: next, label: `${MONTHS[mo - 1]} ${y}` };
		}
		case "year":
			return { from: `${y}-01-01`, to: `${y + 1}-01-01`, label: String(y) };
		default:
			throw new OdooException("ValueError", `Invalid granularity '${granularity}'`);
	}
}

/** "W48 2026" for the week starting (Sunday) `sunday`, numbered as babel does for en_US (first day Sunday, minimal days 1). */
function usWeekLabel(sunday: string): string {
	const saturday = addDays(sunday, 6);
	const year = Number(saturday.slice(0, 4));
	// The week holding 1 January belongs to the new year: W1.
	if (saturday.slice(0, 4) !== sunday.slice(0, 4)) return `W1 ${year}`;
	const jan1 = new Date(`${year}-01-01T00:00:00Z`);
	const days = Math.round((new Date(`${sunday}T00:00:00Z`).getTime() - jan1.getTime()) / 86_400_000);
	return `W${Math.floor((days + jan1.getUTCDay()) / 7) + 1} ${year}`;
}

/** odoo.osv.expression.normalize_domain: every implicit '&' written out. */
export function normalizeDomain(domain: unknown[]): unknown[] {
	if (domain.length === 0) return [[1, "=", 1]];
	const result: unknown[] = [];
	let expected = 1;
	for (const token of domain) {
		if (expected === 0) {
			result.unshift("&");
			expected = 1;
		}
		if (Array.isArray(token)) expected -= 1;
		else expected += token === "!" ? 0 : token === "&" || token === "|" ? 1 : -1;
		result.push(token);
	}
	return result;
}

/** odoo.osv.expression.AND: normalized domains joined by '&', empty ones left out. */
export function andDomains(domains: unknown[][]): unknown[] {
	const parts = domains.filter((d) => d.length > 0).map(normalizeDomain);
	if (parts.length === 0) return [[1, "=", 1]];
	return [...Array<string>(parts.length - 1).fill("&"), ...parts.flat()];
}

/** read_group (16–18 shape) or formatted_read_group (19 shape) over the sums and groupings the connector uses. */
function readGroup(s: OdooStore, model: string, i: CallInput, formatted: boolean): unknown[] {
	const groupby = ((Array.isArray(i.named.groupby) ? i.named.groupby : i.named.groupby ? [i.named.groupby] : []) as string[]);
	const specs = ((formatted ? i.named.aggregates : i.named.fields) ?? []) as string[];
	const sums = specs.filter((a) => a !== "__count").map((a) => {
		const [field, agg] = a.split(":");
		if (agg !== "sum") throw new OdooException("ValueError", `Unsupported aggregate in the fake: ${a}`);
		return field ?? a;
	});
	if (!formatted && i.named.lazy !== false && groupby.length > 1) throw new OdooException("ValueError", "the fake only implements lazy=False for several groupbys");
	const rows = s.search(model, domainOf(i), i.context);
	const groups = new Map<string, { keys: unknown[]; recs: Rec[] }>();
	for (const r of rows) {
		const keys = groupby.map((g) => {
			const [field = g, gran] = g.split(":");
			const v = r[field];
			if (v === false || v === undefined || v === null) return false;
			return gran ? datePeriod(typeof v === "string" ? v : "", gran) : v;
		});
		const k = JSON.stringify(keys);
		const g = groups.get(k) ?? { keys, recs: [] };
		g.recs.push(r);
		groups.set(k, g);
	}
	const sorted = [...groups.values()].sort((a, b) => (JSON.stringify(a.keys) < JSON.stringify(b.keys) ? -1 : 1));
	return sorted.map(({ keys, recs }) => {
		const out: Record<string, unknown> = {};
		const extra: unknown[] = [];
		const range: Record<string, unknown> = {};
		// 16–18: the query's domain, then each groupby's condition AND-ed on in turn (models.py _read_group_format_result).
		let domain: unknown[] = domainOf(i);
		groupby.forEach((g, idx) => {
			const [field = g, gran] = g.split(":");
			const k = keys[idx];
			const comodel = MANY2ONE[model]?.[field];
			if (k === false) {
				out[g] = false;
				extra.push([field, "=", false]);
				domain = andDomains([domain, [[field, "=", false]]]);
				if (gran) range[g] = false;
			} else if (gran) {
				const p = k as { from: string; to: string; label: string };
				out[g] = formatted ? [p.from, p.label] : p.label;
				range[g] = { from: p.from, to: p.to };
				extra.push("&", [field, ">=", p.from], [field, "<", p.to]);
				domain = andDomains([domain, ["&", [field, ">=", p.from], [field, "<", p.to]]]);
			} else {
				out[g] = comodel ? [k, s.displayName(comodel, k)] : k;
				extra.push([field, "=", k]);
				domain = andDomains([domain, [[field, "=", k]]]);
			}
		});
		for (const f of sums) {
			const total = recs.reduce((acc, r) => acc + Number(r[f] ?? 0), 0);
			out[formatted ? `${f}:sum` : f] = new PyFloat(Math.round(total * 1e6) / 1e6);
		}
		out.__count = recs.length;
		if (formatted) out.__extra_domain = extra;
		else {
			out.__domain = domain;
			if (Object.keys(range).length) out.__range = range;
		}
		return out;
	});
}
