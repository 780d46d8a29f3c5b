// A WhatsApp reply through the built plugin and the Cloud API fake: a WhatsApp note → "Draft a WhatsApp reply" → the
// card → Approve. Dry run previews the exact request and sends nothing; live, the fake gets exactly one
// POST /{phone-number-id}/messages and the message id is written back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadPlugin, type PluginHarness } from "./harness";
import { routedRequestUrl } from "./node-request-url";
import { whatsappRoutes } from "../helpers/routes";
import { buttonIn, installUi, renderBlock, typeInto, type Ui } from "./ui";
import { startWhatsappFake, type WhatsappFake } from "../fakes/whatsapp/server";

type Plugin = { settings: Record<string, any>; saveSettings(): Promise<void> };

const ROOT = "AI_Employee";
const CUSTOMER = "4915112345678";
const NOTE = `${ROOT}/Needs_Action/WHATSAPP_HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA_.md`;
const REPLY = "Ja, Samstag um 10 Uhr ist noch ein Platz frei. Bis dann!";

let h: PluginHarness;
let ui: Ui;
let wa: WhatsappFake;
const children: { unload(): void }[] = [];
const plugin = () => h.plugin as unknown as Plugin;

function whatsappNote(received: Date): string {
	return [
		"---",
		"type: whatsapp",
		`from: "${CUSTOMER}"`,
		"from_name: Lena Vogel",
		`received: ${received.toISOString()}`,
		"message_id: wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA=",
		`conversation: whatsapp-${CUSTOMER}`,
		"message_type: text",
		"status: pending",
		"untrusted: true",
		"---",
		"# WhatsApp from Lena Vogel (+4915112345678)",
		"",
		"Hallo! Habt ihr Samstag um 10 Uhr noch einen Platz frei?",
		"",
	].join("\n");
}

beforeEach(async () => {
	wa = await startWhatsappFake();
	ui = installUi();
	h = await loadPlugin({ http: routedRequestUrl(whatsappRoutes(wa.url, wa.phoneNumberId)), secrets: { "ai-employee-whatsapp-token": wa.token } });
	await h.layoutReady();
	plugin().settings.whatsapp = { account: { phoneNumberId: wa.phoneNumberId, businessAccountId: wa.wabaId } };
	await plugin().saveSettings();
	const wrote = new Date(Date.now() - 10 * 60_000);
	wa.lastInbound.set(CUSTOMER, wrote.getTime());
	await h.app.vault.create(NOTE, whatsappNote(wrote));
	await h.settle();
});

afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h.dispose();
	ui.restore();
	await wa.close();
});

async function frontmatter(path: string): Promise<Record<string, any>> {
	const m = /^---\n([\s\S]*?)\n---/.exec((await h.readFile(path)) ?? "");
	return m ? (parse(m[1] ?? "") as Record<string, any>) : {};
}

/** The owner opens the WhatsApp note, runs the command, writes the reply and drafts it: the request's path. */
async function draftReply(): Promise<string> {
	await h.app.workspace.openLinkText(NOTE, "", false);
	const before = ui.modals.length;
	await h.runCommand("draft-whatsapp-reply");
	await h.waitFor(() => ui.modals.length > before);
	const modal = ui.modals[ui.modals.length - 1]!;
	expect(modal.titleEl.textContent).toBe("Reply to Lena Vogel on WhatsApp");
	typeInto(modal.contentEl.querySelector("textarea")!, REPLY);
	buttonIn(modal.contentEl, "Draft the reply").click();
	await h.waitFor(async () => (await h.app.vault.adapter.list(`${ROOT}/Pending_Approval`)).files.length === 1);
	return (await h.app.vault.adapter.list(`${ROOT}/Pending_Approval`)).files[0]!;
}

/** The approval card as reading view draws it, once it shows what will happen. */
async function card(path: string): Promise<HTMLElement> {
	const { el, children: c } = renderBlock(h, "ai-employee-approval", path);
	children.push(...c);
	await h.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null);
	return el;
}

async function approveAndWait(path: string): Promise<string> {
	const el = await card(path);
	expect(el.textContent).toContain("Reply on WhatsApp to Lena Vogel (+4915112345678)");
	expect(el.textContent).toContain("Needs your approval");
	buttonIn(el, "Approve").click();
	const done = `${ROOT}/Completed/${path.split("/").pop()!}`;
	await h.waitFor(async () => (await h.readFile(done)) !== null, 10_000);
	return done;
}

describe("a WhatsApp reply through the built plugin", () => {
	it("in dry run, Approve previews the exact request to the Cloud API and sends nothing", async () => {
		const path = await draftReply();
		const request = await frontmatter(path);
		expect(request.action).toBe("whatsapp.send");
		expect(request.params).toMatchObject({ to: CUSTOMER, text: REPLY, reply_to: "wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA=", conversation: NOTE });

		const done = await approveAndWait(path);
		const fm = await frontmatter(done);
		expect(fm.dry_run).toBe(true);
		const wire = JSON.parse(String(fm.wire_preview)) as { url: string; method: string; body: string }[];
		expect(wire).toHaveLength(1);
		expect(wire[0]!.method).toBe("POST");
		expect(wire[0]!.url).toBe(`https://graph.facebook.com/v26.0/${wa.phoneNumberId}/messages`);
		expect(JSON.parse(wire[0]!.body)).toEqual({
			messaging_product: "whatsapp",
			recipient_type: "individual",
			to: CUSTOMER,
			context: { message_id: "wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA=" },
			type: "text",
			text: { body: REPLY, preview_url: false },
		});
		expect(String(fm.wire_preview)).not.toContain(wa.token);
		expect(wa.sent).toEqual([]);
		expect(fm.result_fields?.message_id).toBeUndefined();
	});

	it("live, Approve sends exactly one POST /{phone-number-id}/messages and writes the message id back", async () => {
		plugin().settings.dryRun = false;
		await plugin().saveSettings();
		const path = await draftReply();
		const done = await approveAndWait(path);
		await h.settle();
		expect(wa.sent).toHaveLength(1);
		expect(wa.sent[0]!.to).toBe(CUSTOMER);
		expect(wa.sent[0]!.body).toMatchObject({ type: "text", text: { body: REPLY }, context: { message_id: "wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA=" } });
		const fm = await frontmatter(done);
		expect(fm.status).toBe("completed");
		expect(fm.dry_run).not.toBe(true);
		expect(fm.result_fields).toMatchObject({ to: CUSTOMER, message_id: wa.sent[0]!.id });
	});
});
