// odoo_create_invoice_roundtrips, odoo_create_invoice_roundtrips_steady and odoo_session_logins: ten odoo.create_invoice
// actions in a row (each a new customer with one line, as an email-drafted invoice is) through the executor's own action
// context and the Node HTTP port, against the fake Odoo 17 over loopback with protocol "auto", in a fresh session (as
// right after start). Round trips are counted on the fake's request log: the first figure is the costliest action, which
// is the first one (it also pays the login, auto's protocol probe); the steady one is the median. Logins are
// `common.authenticate` calls over all ten actions: 1 means one session served them all.
import { createInvoiceHandler } from "../../../src/connectors/odoo/create-invoice.ts";
import { createInvoiceParams } from "../../../src/connectors/odoo/params.ts";
import { createActionContext } from "../../../src/core/executor/action-context.ts";
import { NodeHttpClient } from "../../../src/node/http.ts";
import { startFakeOdoo } from "../../../tests/fakes/odoo/server.ts";
import { median } from "../stats.mjs";
import { nodeClock as clock } from "../../../src/node/host.ts";

const ACTIONS = 10;

/** @param {(line: string) => void} progress */
async function tenActionsOnce(progress) {
	const fake = await startFakeOdoo({ version: 17 });
	try {
		const http = new NodeHttpClient();
		const secrets = { get: () => "test-api-key", set: () => undefined };
		const handler = createInvoiceHandler(() => ({ url: fake.url, database: "odoo", login: "admin@example.com", apiKey: "test-api-key", protocol: "auto", timeoutMs: 30_000 }));
		const trips = [];
		for (let n = 0; n < ACTIONS; n++) {
			const ctx = createActionContext({ http, clock, secrets, dryRun: false, correlationId: `bench-${n}` });
			const params = createInvoiceParams.parse({
				customer: { name: `Bench customer ${n}`, email: `bench-${n}@example.com` },
				invoice_date: "2026-03-02",
				currency: "USD",
				lines: [{ description: "Consulting", quantity: 2, unit_price: "150.00" }],
			});
			const before = fake.requests.length;
			await handler.execute(params, ctx);
			trips.push(fake.requests.length - before);
		}
		progress(`bench: odoo create invoice round trips per action: ${trips.join(", ")}`);
		return { trips, logins: fake.count("common.authenticate") };
	} finally {
		await fake.stop();
	}
}

/** @type {Promise<{ trips: number[]; logins: number }> | null} */
let measured = null;
/** One run serves the three figures (a fresh session each time would only repeat the same numbers). */
function tenActions(/** @type {(line: string) => void} */ progress) {
	measured ??= tenActionsOnce(progress);
	return measured;
}

export const odooCreateInvoiceRoundtrips = {
	name: "odoo_create_invoice_roundtrips",
	unit: "requests",
	decimals: 0,
	/** @param {{ progress: (line: string) => void }} ctx */
	measure: async ({ progress }) => Math.max(...(await tenActions(progress)).trips),
};

export const odooCreateInvoiceRoundtripsSteady = {
	name: "odoo_create_invoice_roundtrips_steady",
	unit: "requests",
	decimals: 0,
	/** @param {{ progress: (line: string) => void }} ctx */
	measure: async ({ progress }) => median((await tenActions(progress)).trips),
};

export const odooSessionLogins = {
	name: "odoo_session_logins",
	unit: "logins",
	decimals: 0,
	/** @param {{ progress: (line: string) => void }} ctx */
	measure: async ({ progress }) => (await tenActions(progress)).logins,
};
