// The plugin's own secrets, and keys hidden with Unicode tricks or in any field, as an agent would write them into a
// request note: blocked before anything reaches the wire, and never shown on the card, in a notice or in the log.
import { afterEach, describe, expect, it } from "vitest";
import { agentNote, logLines, makeWorld, pending, type World } from "../approval/fixtures";
import { buildCard } from "../../../src/core/approval/card-model";

let w: World;
afterEach(async () => {
	await w?.close();
});

const PAGE_TOKEN = "EAAGm0PX4ZCpsBAKZBZCqx7ZAd3ZBpWZCsoZD";
const ODOO_KEY = "8f0c2e4a9b1d7c3e5f6a8b0c2d4e6f8a0b1c3d5e";

async function world(): Promise<World> {
	const made = await makeWorld();
	made.host.secrets.set("ai-employee-facebook-page-token", PAGE_TOKEN);
	made.host.secrets.set("ai-employee-odoo-api-key", ODOO_KEY);
	return made;
}

/** Writes an agent's note and lets the workflow see it, as a vault event would. */
async function agentWrites(name: string, params: Record<string, unknown>, body?: string): Promise<string> {
	const path = pending(name);
	const note = agentNote({ id: name.replace(/\.md$/, "") }, params);
	await w.host.vault.write(path, body === undefined ? note : note.replace("# Send hello\n\nPlease send hello.\n", body));
	await w.engine.workflow.sweep();
	return path;
}

/** Everything the owner could read about the request: the card, every notice, today's log. */
async function everythingShown(path: string): Promise<string> {
	const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
	return JSON.stringify(card) + w.host.notifier.messages.join("\n") + JSON.stringify(await logLines(w));
}

describe("the plugin's own secrets", () => {
	it("a post containing the configured Page token is blocked, nothing is sent, and the token is shown nowhere", async () => {
		w = await world();
		const path = await agentWrites("leak.md", { text: `Our page token, for the record: ${PAGE_TOKEN}` });
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.buttons).toEqual(["reject"]);
		expect(card.guard?.hits[0]).toMatchObject({ kind: "secret", reason: "it contains your Facebook Page token", field: "the text" });
		expect(card.text?.content).toBe("Our page token, for the record: [hidden: your Facebook Page token]");
		expect(card.summary).toContain("[hidden: your Facebook Page token]");
		const outcome = await w.engine.workflow.approvals.approve(path);
		expect(outcome.ok ? "" : outcome.message).toBe("It contains a secret (your Facebook Page token in the text). Remove it from the note, then approve.");
		expect(w.echo).toHaveSentNothing();
		const shown = await everythingShown(path);
		expect(shown).not.toContain(PAGE_TOKEN);
		expect(shown).not.toContain(PAGE_TOKEN.slice(0, 12));
		// The owner is still told, with the kind in place of the value.
		expect(w.host.notifier.messages.find((m) => m.startsWith("Approval needed"))).toContain("[hidden: your Facebook Page token]");
		expect((await logLines(w)).find((l) => l.action_type === "request.refused")?.error).toMatch(/your Facebook Page token in the text/);
	});

	it("the Odoo key split by zero-width spaces in a field that is not the text still blocks", async () => {
		w = await world();
		const hidden = [...ODOO_KEY].join("\u200b");
		const path = await agentWrites("split.md", { text: "Hello", counterparty: hidden });
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.guard?.blocked).toBe(true);
		expect(card.guard?.hits[0]).toMatchObject({ reason: "it contains your Odoo API key", field: 'the "counterparty" field' });
		expect((await w.engine.workflow.approvals.approve(path)).ok).toBe(false);
		expect(w.echo).toHaveSentNothing();
		expect(await everythingShown(path)).not.toContain(ODOO_KEY.slice(0, 12));
	});

	it("the approval key itself is recognised (a request that would publish it is blocked)", async () => {
		w = await world();
		const path = await agentWrites("key.md", { text: "backup: 0123456789abcdef0123456789abcdef" });
		expect((await buildCard(w.engine.deps, w.engine.workflow.approvals, path)).guard?.hits[0]?.reason).toBe("it contains your approval key");
	});

	it("an AWS key written in full-width letters is caught and hidden", async () => {
		w = await world();
		const wide = "ＡＫＩＡＩＯＳＦＯＤＮＮ７ＥＸＡＭＰＬＥ";
		const path = await agentWrites("wide.md", { text: `deploy ${wide} now` });
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.guard?.hits[0]).toMatchObject({ reason: "it contains an AWS access key", field: "the text" });
		expect(card.text?.content).toBe("deploy [hidden: an AWS access key] now");
		expect(card.guard?.highlights[0]).toMatchObject({ kind: "secret", start: 7 });
	});
});

describe("what the owner sees is what runs", () => {
	it("bidi controls in a name are shown as ⟨U+202E⟩, flagged, and force a click", async () => {
		w = await world();
		const path = await agentWrites("bidi.md", { text: "Pay Acme \u202eLtd 05\u202c now", kind: "payment", amount_minor: 5000, counterparty: "Acme" });
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.summary).toContain("Acme ⟨U+202E⟩Ltd 05⟨U+202C⟩ now");
		expect(card.text?.content).toBe("Pay Acme ⟨U+202E⟩Ltd 05⟨U+202C⟩ now");
		expect(card.guard?.hits).toContainEqual(expect.objectContaining({ kind: "control", field: "the text", reason: "it contains invisible direction controls that can reorder what you read (U+202E, U+202C)" }));
		expect(card.guard?.highlights.filter((m) => m.kind === "control").map((m) => card.text?.content.slice(m.start, m.end))).toEqual(["⟨U+202E⟩", "⟨U+202C⟩"]);
		expect(card.policy).toMatch(/^Needs your approval: .*direction controls/);
		expect(card.buttons).toEqual(["approve", "reject"]);
	});

	it("a body that says $50 above params that pay 5,000.00 is called out on the card", async () => {
		w = await world();
		const path = await agentWrites("amount.md", { text: "Monthly rent", kind: "payment", amount_minor: 500_000, counterparty: "Landlord" }, "# Rent\n\nJust the usual $50 for the parking spot.\n");
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.warnings).toEqual(["The note says $50; the request pays 5,000.00 USD."]);
	});

	it("a body that names the same amount raises no warning", async () => {
		w = await world();
		const path = await agentWrites("same.md", { text: "Monthly rent", kind: "payment", amount_minor: 500_000, counterparty: "Landlord" }, "# Rent\n\nThe usual $5,000.00 rent.\n");
		expect((await buildCard(w.engine.deps, w.engine.workflow.approvals, path)).warnings).toEqual([]);
	});
});

describe("the amount on the card", () => {
	it("is stated on a line of its own, from the params, when no line says it", async () => {
		w = await world();
		const path = await agentWrites("rent.md", { text: "Monthly rent", kind: "payment", amount_minor: 500_000, counterparty: "Landlord" });
		expect((await buildCard(w.engine.deps, w.engine.workflow.approvals, path)).lines[0]).toEqual({ label: "Amount", value: "5,000.00 USD" });
	});
});
