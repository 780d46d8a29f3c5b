// The briefing with the real Odoo and social sources against wire-level fakes on 127.0.0.1.
import { afterEach, describe, expect, it } from "vitest";
import { briefingSources, odooSource, socialSource } from "../../src/connectors/briefing-sources";
import { generateBriefing } from "../../src/core/briefing/generate";
import { periodFor } from "../../src/core/briefing/period";
import { defaultSettings } from "../../src/core/settings/parse";
import type { Settings } from "../../src/core/settings/schema";
import { NodeHttpClient } from "../../src/node/http";
import { seedBook } from "../fakes/odoo/seed";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { DUE, sampleDesk } from "../core/briefing/sample";
import { MapSecretStore } from "../helpers";

const PERIOD = periodFor("2026-11-30", "UTC", "07:00");
let fake: FakeOdoo | null = null;
afterEach(async () => {
	await fake?.stop();
	fake = null;
});

function withOdoo(url: string) {
	return (s: Settings) => {
		s.odoo.url = url;
		s.odoo.database = "odoo";
		s.odoo.login = "admin@example.com";
	};
}

async function briefingWithOdoo(invoices: number, apiKey = "test-api-key") {
	fake = await startFakeOdoo({ version: 17 });
	seedBook(fake.store, { invoices, today: PERIOD.end });
	const desk = sampleDesk({ http: new NodeHttpClient(), secrets: { "ai-employee-odoo-api-key": apiKey }, patch: withOdoo(fake.url), sources: (settings, host) => briefingSources(settings, host) });
	desk.host.clock.jumpTo(DUE);
	const outcome = await generateBriefing(desk.deps, PERIOD, { kind: "briefing", replace: false, reason: "test" });
	if (outcome.status !== "written") throw new Error("not written");
	return { desk, outcome, briefing: (await desk.host.vault.read(outcome.briefingPath ?? "")) ?? "", audit: (await desk.host.vault.read(outcome.auditPath)) ?? "" };
}

describe("the outside sources", () => {
	it("are off when Odoo and the networks are not set up, so the briefing uses the vault alone", () => {
		const s = defaultSettings();
		const deps = { http: new NodeHttpClient(), clock: { now: () => 0, setTimeout: () => ({ id: 0 }), clearTimeout: () => undefined, setInterval: () => ({ id: 0 }), clearInterval: () => undefined }, secrets: new MapSecretStore() };
		expect(odooSource(() => s, deps)).toBeNull();
		expect(socialSource(() => s, deps)).toBeNull();
	});

	it("take revenue, receivables, overdue invoices and recurring bills from Odoo, each with its query or record link", async () => {
		const { outcome, briefing, audit } = await briefingWithOdoo(300);
		const m = outcome.status === "written" ? outcome.model : null;
		expect(m?.finance.source).toBe("odoo");
		expect(briefing).toContain('money_source: "odoo"');
		expect(briefing).toMatch(/receivables_overdue: "\d+\.\d\d"/);
		// The overdue table links every invoice to its form in Odoo.
		const firstOverdue = m?.finance.overdue?.invoices[0];
		expect(firstOverdue).toBeDefined();
		expect(audit).toContain(`(${fake?.url}/web#id=${firstOverdue?.id}&model=account.move&view_type=form)`);
		// Each figure names the Odoo query behind it.
		expect(audit).toMatch(/Odoo `account\.move` read_group, domain `\[\["move_type","in",\["out_invoice","out_refund"\]\]/);
		// The seed's two monthly subscriptions are found from the recurring vendor bills.
		expect(m?.subscriptions.map((s) => s.vendor).sort()).toEqual(["Cloud Hosting Ltd", "Office Rent Co"]);
		// With Odoo connected, the ledger's bad rows are not the briefing's business: the ledger is not used.
		expect(briefing).not.toContain("Ledger row");
	});

	it("cost the same number of Odoo requests whether the book has 100 or 2,000 invoices", async () => {
		const small = await briefingWithOdoo(100);
		const trips = (o: typeof small.outcome) => (o.status === "written" && o.model.data.odoo?.ok ? o.model.data.odoo.figures.roundTrips : -1);
		const smallTrips = trips(small.outcome);
		await fake?.stop();
		fake = null;
		const large = await briefingWithOdoo(2000);
		expect(smallTrips).toBeGreaterThan(0);
		expect(trips(large.outcome)).toBe(smallTrips);
	});

	it("report an Odoo that refuses the key as a data gap and fall back to the vault ledger", async () => {
		const { outcome, briefing } = await briefingWithOdoo(20, "wrong-key");
		expect(outcome.status === "written" && outcome.model.finance.source).toBe("ledger");
		const gaps = briefing.slice(briefing.indexOf("## Data gaps"));
		expect(gaps).toMatch(/\| Odoo \| Odoo could not be read: .+\. The ledger was used instead\. \|/);
	});
});

describe("the social source", () => {
	it("puts each connected network's posts and engagement of the week into the briefing", async () => {
		const { socialWorld } = await import("./social/harness");
		const w = await socialWorld();
		try {
			const day = Date.parse("2026-11-24T10:00:00Z");
			w.meta.posts.push({ id: `${w.meta.pageId}_9001`, message: "Bluebird Bakery relaunch is live", created: day, reactions: 12, comments: 3, views: 400 });
			w.linkedin.posts.push({ urn: "urn:li:share:7100001", author: w.configs.linkedin.author, commentary: "Case study: Bluebird Bakery", body: {}, created: day, likes: 9, comments: 2 });
			const secrets = Object.fromEntries(["ai-employee-facebook-page-token", "ai-employee-linkedin-token"].map((k) => [k, w.secrets.get(k) ?? ""]));
			const desk = sampleDesk({
				http: w.http,
				secrets,
				patch: (s) => {
					s.social.facebook = { ...w.configs.facebook };
					s.social.linkedin = { ...w.configs.linkedin };
				},
				sources: (settings, host) => briefingSources(settings, host),
			});
			desk.host.clock.jumpTo(DUE);
			const outcome = await generateBriefing(desk.deps, PERIOD, { kind: "briefing", replace: false, reason: "test" });
			const briefing = (await desk.host.vault.read(outcome.status === "written" ? (outcome.briefingPath ?? "") : "")) ?? "";
			const social = briefing.slice(briefing.indexOf("## Social media"), briefing.indexOf("## Proactive suggestions"));
			expect(social).toContain("- **facebook**: 1 post; 3 comments, 12 reactions, 400 views. Best: [Bluebird Bakery relaunch is live](");
			expect(social).toContain("- **linkedin**: 1 post; 2 comments, 9 likes.");
		} finally {
			await w.close();
		}
	});
});
