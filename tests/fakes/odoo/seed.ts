// Seeds the fake Odoo with a believable book: customers, vendors, N customer invoices, vendor bills, two subscriptions.
import { addDays, type OdooStore } from "./store";

export interface SeedOptions {
	/** Customer invoices to create. */
	invoices: number;
	/** The audit's "today"; invoices spread over the 180 days before it. */
	today: string;
	/** PRNG seed, so two runs produce the same book. */
	seed?: number;
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function seedBook(store: OdooStore, opts: SeedOptions): { customers: number[]; vendors: number[] } {
	const rnd = prng(opts.seed ?? 42);
	const customers = Array.from({ length: 20 }, (_, i) =>
		store.insert("res.partner", { name: `Customer ${String(i + 1).padStart(2, "0")}`, email: `billing${i + 1}@customer.example`, is_company: true, customer_rank: 1, supplier_rank: 0 }).id,
	);
	const vendors = ["Cloud Hosting Ltd", "Office Rent Co", "Paper Supplies", "Travel Agency", "Phone Company"].map(
		(name) => store.insert("res.partner", { name, email: `${name.split(" ")[0]?.toLowerCase()}@vendor.example`, is_company: true, customer_rank: 0, supplier_rank: 1 }).id,
	);
	for (let i = 0; i < opts.invoices; i++) {
		const date = addDays(opts.today, -Math.floor(rnd() * 180));
		const move = store.createMove({
			move_type: rnd() < 0.05 ? "out_refund" : "out_invoice",
			partner_id: customers[Math.floor(rnd() * customers.length)],
			invoice_date: date,
			invoice_date_due: addDays(date, 30),
			currency_id: 1,
			invoice_line_ids: [[0, 0, { name: "Consulting", quantity: 1 + Math.floor(rnd() * 10), price_unit: Math.round(50 + rnd() * 200) }]],
		});
		if (rnd() < 0.1) continue; // stays a draft
		store.post([move.id]);
		const r = rnd();
		if (r < 0.6) store.pay(move.id, Number(move.amount_residual), date, 6);
		else if (r < 0.75) store.pay(move.id, Math.round(Number(move.amount_residual) / 2), date, 6);
	}
	// Two subscriptions billed on the 5th of each of the last 6 months, and scattered one-off bills.
	const subscriptions: [number, number][] = [
		[vendors[0] ?? 0, 49],
		[vendors[1] ?? 0, 1200],
	];
	for (let m = 6; m >= 1; m--) {
		const d = new Date(`${opts.today}T00:00:00Z`);
		const date = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - m, 5)).toISOString().slice(0, 10);
		for (const [vendor, price] of subscriptions) {
			const bill = store.createMove({ move_type: "in_invoice", partner_id: vendor, invoice_date: date, invoice_date_due: date, invoice_line_ids: [[0, 0, { name: "Monthly fee", quantity: 1, price_unit: price }]] });
			store.post([bill.id]);
		}
	}
	for (let i = 0; i < Math.max(3, Math.floor(opts.invoices / 20)); i++) {
		const date = addDays(opts.today, -Math.floor(rnd() * 40));
		const bill = store.createMove({
			move_type: "in_invoice",
			partner_id: vendors[2 + Math.floor(rnd() * 3)],
			invoice_date: date,
			invoice_date_due: addDays(date, 15),
			invoice_line_ids: [[0, 0, { name: "Supplies", quantity: 1, price_unit: Math.round(20 + rnd() * 300) }]],
		});
		store.post([bill.id]);
	}
	return { customers, vendors };
}
