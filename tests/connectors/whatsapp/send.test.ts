// Sending on WhatsApp through the loopback Cloud API: a reply in the window, a template after it, and the failures.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { whatsappConfigSchema, WHATSAPP_SECRETS } from "../../../src/connectors/whatsapp/config";
import { whatsappConnector } from "../../../src/connectors/whatsapp/send";
import { createActionContext } from "../../../src/core/executor/action-context";
import type { ActionHandler } from "../../../src/core/executor/connector";
import { CategorizedError } from "../../../src/core/util/errors";
import { NodeHttpClient } from "../../../src/node/http";
import { routedHttp } from "../../../src/node/routes";
import { FakeClock, MapSecretStore } from "../../helpers";
import { startWhatsappFake, type WhatsappFake } from "../../fakes/whatsapp/server";

const NOW = Date.parse("2026-12-03T10:00:00Z");
let wa: WhatsappFake;
let send: ActionHandler<unknown>;
const clock = new FakeClock(NOW);
/** The test host's routing: Meta's built-in Graph address → the fake (no setting can do this). */
const http = () => routedHttp(new NodeHttpClient(), { "https://graph.facebook.com": wa.url });

beforeAll(async () => {
	wa = await startWhatsappFake({ now: () => clock.now() });
	const config = whatsappConfigSchema.parse({ phoneNumberId: wa.phoneNumberId, businessAccountId: wa.wabaId });
	send = whatsappConnector(() => config).handlers[0] as ActionHandler<unknown>;
});
afterAll(() => wa.close());
beforeEach(() => {
	wa.received.length = 0;
	wa.lastInbound.set("4915112345678", NOW - 3 * 3600_000);
});

async function run(params: Record<string, unknown>, opts: { dryRun?: boolean; token?: string | null } = {}) {
	const parsed = send.params.safeParse(params);
	if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
	const secrets = new MapSecretStore(opts.token === null ? {} : { [WHATSAPP_SECRETS.token]: opts.token ?? wa.token });
	const ctx = createActionContext({ http: http(), clock, secrets, dryRun: opts.dryRun ?? false, correlationId: "t" });
	try {
		return { ok: true as const, result: await send.execute(parsed.data, ctx), ctx };
	} catch (err) {
		if (!(err instanceof CategorizedError)) throw err;
		return { ok: false as const, error: err, ctx };
	}
}

const posts = () => wa.received.filter((r) => r.method === "POST");

describe("whatsapp.send", () => {
	it("sends one text reply in the window, quoting the message it answers, and writes back the message id", async () => {
		const out = await run({ to: "4915112345678", contact_name: "Lena", text: "Yes, Saturday 10:00 works.", reply_to: "wamid.HBgLNDkxNTExMjM0NTY3OA==" });
		expect(out.ok).toBe(true);
		expect(posts()).toHaveLength(1);
		expect(posts()[0]!.path).toBe(`/v26.0/${wa.phoneNumberId}/messages`);
		expect(JSON.parse(posts()[0]!.body)).toEqual({
			messaging_product: "whatsapp",
			recipient_type: "individual",
			to: "4915112345678",
			context: { message_id: "wamid.HBgLNDkxNTExMjM0NTY3OA==" },
			type: "text",
			text: { body: "Yes, Saturday 10:00 works.", preview_url: false },
		});
		expect(posts()[0]!.headers.authorization).toBe(`Bearer ${wa.token}`);
		if (out.ok) expect(out.result.fields).toEqual({ to: "4915112345678", message_id: wa.sent.at(-1)!.id });
	});

	it("sends an approved template with its parameters when the window has closed", async () => {
		wa.lastInbound.set("4915112345678", NOW - 3 * 24 * 3600_000);
		const out = await run({ to: "4915112345678", template: { name: "order_update", language: "de", parameters: ["Lena", "#1042"] } });
		expect(out.ok).toBe(true);
		expect(JSON.parse(posts()[0]!.body).template).toEqual({ name: "order_update", language: { code: "de" }, components: [{ type: "body", parameters: [{ type: "text", text: "Lena" }, { type: "text", text: "#1042" }] }] });
	});

	it("refuses a free-form text after the 24-hour window before anything is sent: it needs a template", async () => {
		const out = await run({ to: "4915112345678", text: "Are you still interested?", customer_last_message_at: "2026-12-01T09:00:00Z" });
		expect(out.ok).toBe(false);
		if (!out.ok) {
			expect(out.error.category).toBe("logic");
			expect(out.error.suggestion).toContain("needs a template");
		}
		expect(posts()).toHaveLength(0);
	});

	it("says 'needs a template' when WhatsApp itself refuses a text outside the window (131047)", async () => {
		wa.lastInbound.set("4915112345678", NOW - 30 * 3600_000);
		const out = await run({ to: "4915112345678", text: "Hello again" });
		expect(out.ok).toBe(false);
		if (!out.ok) {
			expect(out.error.category).toBe("logic");
			expect(out.error.message).toContain("131047");
			expect(out.error.suggestion).toContain("needs a template");
		}
		expect(posts()).toHaveLength(1);
	});

	it("an expired token is an auth error that says how to reconnect; an unknown template is a data error", async () => {
		wa.fail("expired-token");
		const expired = await run({ to: "4915112345678", text: "Hi" });
		expect(!expired.ok && expired.error.category).toBe("auth");
		expect(!expired.ok && expired.error.suggestion).toContain("System User token");
		const unknown = await run({ to: "4915112345678", template: { name: "no_such_template", language: "en_US", parameters: [] } });
		expect(!unknown.ok && unknown.error.category).toBe("data");
	});

	it("a server error while sending says the message may or may not have gone out; a rate limit says nothing was sent", async () => {
		wa.fail("server-error");
		const five = await run({ to: "4915112345678", text: "Hi" });
		expect(!five.ok && five.error.message).toContain("may or may not have gone out");
		wa.fail("rate-limit");
		const slow = await run({ to: "4915112345678", text: "Hi" });
		expect(!slow.ok && slow.error.category).toBe("transient");
		expect(!slow.ok && slow.error.suggestion).toContain("Nothing was sent");
	});

	it("in dry run records the exact request with the token redacted and sends nothing, even with no token", async () => {
		const out = await run({ to: "4915112345678", text: "Preview me" }, { dryRun: true, token: null });
		expect(out.ok).toBe(true);
		expect(posts()).toHaveLength(0);
		expect(out.ctx.wire).toHaveLength(1);
		expect(out.ctx.wire[0]!.headers.authorization).toBe("[redacted]");
		expect(JSON.parse(out.ctx.wire[0]!.body!).text).toEqual({ body: "Preview me", preview_url: false });
		if (out.ok) expect(out.result.summary).toBe("Would send a reply on WhatsApp to +4915112345678");
	});

	it("is a direct message to the policy (always asks), names the customer, and gives the guard every text", () => {
		const p = send.params.parse({ to: "4915112345678", contact_name: "Lena", template: { name: "order_update", parameters: ["Your code is 123"] } });
		expect(send.policyFacts(p)).toEqual({ kind: "dm", counterparty: "Lena (+4915112345678)" });
		expect(send.outgoingTexts!(p)).toEqual(["Your code is 123"]);
		expect(() => send.params.parse({ to: "4915112345678" })).toThrow(/exactly one of text/);
		expect(() => send.params.parse({ to: "+49 151", text: "x" })).toThrow(/digits only/);
	});
});

describe("WhatsApp Test connection", () => {
	it("names the number and its verified name with a good token, and says how to fix a bad one or a wrong id", async () => {
		const { testWhatsappConnection } = await import("../../../src/connectors/whatsapp/test-connection");
		const config = whatsappConfigSchema.parse({ phoneNumberId: wa.phoneNumberId });
		const ok = await testWhatsappConnection(http(), config, new MapSecretStore({ [WHATSAPP_SECRETS.token]: wa.token }));
		expect(ok).toEqual({ ok: true, number: "+1 555-012-3456", name: "Harbor Yoga", quality: "GREEN" });
		const bad = await testWhatsappConnection(http(), config, new MapSecretStore({ [WHATSAPP_SECRETS.token]: "nope" }));
		expect(bad).toMatchObject({ ok: false, reason: expect.stringContaining("refused the access token") });
		const none = await testWhatsappConnection(http(), config, new MapSecretStore({}));
		expect(none).toMatchObject({ ok: false, reason: expect.stringContaining("ai-employee-whatsapp-token is empty") });
		const wrongId = await testWhatsappConnection(http(), whatsappConfigSchema.parse({ phoneNumberId: "99999999" }), new MapSecretStore({ [WHATSAPP_SECRETS.token]: wa.token }));
		expect(wrongId.ok).toBe(false);
	});
});
