// odoo_audit_roundtrips_<n> and odoo_audit_ms: the weekly audit's Odoo reads against the fake Odoo 17 (XML-RPC) over
// loopback. Equal round trips at 100 and 5,000 invoices show the audit groups on the server instead of paging records.
import { readWeeklyAudit } from "../../src/connectors/odoo/audit-reads.ts";
import { OdooClient } from "../../src/connectors/odoo/client.ts";
import { NodeHttpClient } from "../../src/node/http.ts";
import { seedBook } from "../../tests/fakes/odoo/seed.ts";
import { startFakeOdoo } from "../../tests/fakes/odoo/server.ts";
import { median } from "./stats.mjs";
import { nodeClock as clock } from "../../src/node/host.ts";

const TODAY = "2026-03-11";
const WARMUP = 2;
const RUNS = 7;

/**
 * @template T
 * @param {number} invoices
 * @param {(fake: import("../../tests/fakes/odoo/server.ts").FakeOdoo) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withBook(invoices, fn) {
	const fake = await startFakeOdoo({ version: 17 });
	try {
		seedBook(fake.store, { invoices, today: TODAY });
		return await fn(fake);
	} finally {
		await fake.stop();
	}
}

/**
 * One audit with a fresh client, as the weekly schedule runs it. The first audit against a fake opens the Odoo session
 * (protocol probe and login included, as in the round-trip figures); later ones (odoo_audit_ms) reuse it, as the plugin does.
 */
/** @param {import("../../tests/fakes/odoo/server.ts").FakeOdoo} fake */
function audit(fake) {
	const client = OdooClient.overHttp(
		{ url: fake.url, database: "odoo", login: "admin@example.com", apiKey: "test-api-key", protocol: "auto", timeoutMs: 30_000 },
		new NodeHttpClient(),
		clock,
	);
	return readWeeklyAudit(client, { today: TODAY });
}

/** @param {number} invoices */
function roundTrips(invoices) {
	return {
		name: `odoo_audit_roundtrips_${invoices}`,
		unit: "requests",
		decimals: 0,
		measure: () => withBook(invoices, async (fake) => (await audit(fake)).roundTrips),
	};
}

export const odooAuditRoundtrips100 = roundTrips(100);
export const odooAuditRoundtrips5000 = roundTrips(5000);

export const odooAuditMs = {
	name: "odoo_audit_ms",
	unit: "ms",
	decimals: 1,
	/** @param {{ progress: (line: string) => void }} ctx */
	measure: ({ progress }) =>
		withBook(5000, async (fake) => {
			const samples = [];
			for (let i = 0; i < WARMUP + RUNS; i++) {
				const t0 = performance.now();
				await audit(fake);
				if (i >= WARMUP) samples.push(performance.now() - t0);
			}
			progress(`bench: odoo_audit_ms samples (ms): min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`);
			return median(samples);
		}),
};
