// What the approval card says, from the note: titles in words, times in the owner's zone, dry run and live, results.
import { afterEach, describe, expect, it } from "vitest";
import { agentNote, folder, makeWorld, pending, type World } from "./fixtures";
import { buildCard } from "../../../src/core/approval/card-model";
import { cardTitle } from "../../../src/core/approval/card-title";
import { humanizeTimes, whenInWords } from "../../../src/core/util/when";

let w: World;
afterEach(async () => {
	await w?.close();
});

const card = (path: string) => buildCard(w.engine.deps, w.engine.workflow.approvals, path);

describe("times on cards", () => {
	it("are in the owner's zone and words, with the year only when it is not this one", () => {
		const now = Date.parse("2026-12-03T12:00:00Z");
		expect(whenInWords(Date.parse("2026-12-04T09:00:00Z"), "Europe/Berlin", now)).toBe("Fri 4 Dec, 10:00");
		expect(whenInWords(Date.parse("2027-01-04T08:00:00Z"), "Europe/Berlin", now)).toBe("Mon 4 Jan 2027, 09:00");
		expect(humanizeTimes("Scheduled for 2026-12-04T09:00:00.000Z; it runs then.", "America/New_York", now)).toBe("Scheduled for Fri 4 Dec, 04:00; it runs then.");
		expect(humanizeTimes("invoice_date 2026-12-04 stays a date", "UTC", now)).toBe("invoice_date 2026-12-04 stays a date");
	});

	it("an expiry and an approval time read as words, never as raw UTC ISO strings", async () => {
		w = await makeWorld({ dryRun: true, patch: (s) => (s.timeZone = "Europe/Berlin") });
		await w.host.vault.write(pending("hello.md"), agentNote({ expires: "2026-12-04T09:00:00Z" }));
		const model = await card(pending("hello.md"));
		expect(model.lines).toContainEqual({ label: "Expires", value: "Fri 4 Dec, 10:00" });
		expect(JSON.stringify(model)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
	});
});

describe("card titles", () => {
	it("say what will happen in words, with the amount in the currency's format", () => {
		const desc = { summary: "x", lines: [] };
		expect(cardTitle("odoo.create_invoice", {}, { kind: "invoice", amountMinor: 285000, currency: "USD", counterparty: "Harbor Yoga" }, desc, 1)).toBe("Create invoice for Harbor Yoga — 2,850.00 USD");
		expect(cardTitle("odoo.register_payment", {}, { kind: "payment", amountMinor: 1200, currency: "JPY", counterparty: "Acme" }, desc, 2)).toBe("Register payment from Acme — 1,200 JPY (attempt 2)");
		expect(cardTitle("social.post", { network: "linkedin", publish_at: "2026-12-04T09:00:00Z" }, { kind: "post" }, desc, 1)).toBe("Scheduled post on LinkedIn");
		expect(cardTitle("test.send", {}, { kind: "other" }, { summary: 'Send "Hello" to the echo service: now', lines: [] }, 1)).toBe('Send "Hello" to the echo service');
	});

	it("the card of a request uses it, not the action id", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		const model = await card(pending("hello.md"));
		expect(model.title).toBe('Send "Hello" to the echo service');
		expect(model.title).not.toContain("test.send");
	});
});

describe("dry run and live on the card", () => {
	it("waiting in dry run: the calm badge, not live", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		const model = await card(pending("hello.md"));
		expect(model).toMatchObject({ state: "pending", dryRun: true, live: false });
	});

	it("waiting with dry run off: live, the state that needs care", async () => {
		w = await makeWorld({ dryRun: false });
		await w.host.vault.write(pending("hello.md"), agentNote());
		expect(await card(pending("hello.md"))).toMatchObject({ state: "pending", dryRun: false, live: true });
	});

	it("a dry-run result says 'Dry run' once (the badge), and keeps it after dry run is turned off", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		w.engine.updateSettings({ ...w.engine.settings, dryRun: false });
		const model = await card(folder("Completed/hello.md"));
		expect(model).toMatchObject({ state: "completed", dryRun: true, live: false });
		expect(model.result?.summary).not.toMatch(/dry run/i);
	});

	it("a rejected request shows no dry-run badge and is not live", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		const r = await w.engine.workflow.approvals.reject(pending("hello.md"), "Not now");
		expect(r.ok).toBe(true);
		const model = await card(r.ok ? r.path : "");
		expect(model).toMatchObject({ state: "rejected", dryRun: false, live: false });
	});
});

describe("why the card asks", () => {
	it("formats amounts as everywhere else and does not claim a customer is new when it could not be checked", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("inv.md"), agentNote({}, { text: "Invoice", kind: "invoice", amount_minor: 1_200_000, counterparty: "Acme Ltd" }));
		const model = await card(pending("inv.md"));
		expect(model.policy).toContain("the amount 12,000.00 USD is over 100.00 USD");
		expect(model.policy).toContain("could not check whether Acme Ltd is a new customer (the look-up failed)");
		expect(model.policy).not.toMatch(/(: |; )Acme Ltd is a new customer/);
	});
});
