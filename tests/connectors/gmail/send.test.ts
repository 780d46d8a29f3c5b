// email.send through the fake Gmail: a reply lands in its thread, dry run sends nothing, known contacts are recognised.
import { afterEach, describe, expect, it } from "vitest";
import { createGmail } from "../../../src/connectors/gmail";
import { createActionContext } from "../../../src/core/executor/action-context";
import type { ActionHandler } from "../../../src/core/executor/connector";
import { defaultSettings } from "../../../src/core/settings/parse";
import { NodeHttpClient } from "../../../src/node/http";
import { FakeClock, googleRoutes, MapSecretStore } from "../../helpers";
import { routedHttp } from "../../../src/node/routes";
import { startFakeGoogle, type FakeGoogle } from "../../fakes/google/server";
import type { SendEmailParams } from "../../../src/connectors/gmail/send";

let google: FakeGoogle;
afterEach(async () => {
	await google?.close();
});

async function setup(scopes: string[]) {
	google = await startFakeGoogle();
	const settings = defaultSettings();
	settings.gmail = { ...settings.gmail, enabled: true, clientId: google.clientId, sendingEnabled: true };
	const secrets = new MapSecretStore({ "ai-employee-google-client-secret": google.clientSecret, "ai-employee-google-refresh-token": google.issueRefreshToken(scopes) });
	const http = routedHttp(new NodeHttpClient(), googleRoutes(google.url));
	const gmail = createGmail(() => settings, secrets, http, () => Date.now());
	const handler = gmail.connector.handlers[0] as unknown as ActionHandler<SendEmailParams>;
	const ctx = (dryRun: boolean) => createActionContext({ http, clock: new FakeClock(), secrets, dryRun, correlationId: "c-1", baseBackoffMs: 0 });
	return { handler, ctx };
}

const READ = "https://www.googleapis.com/auth/gmail.readonly";
const SEND = "https://www.googleapis.com/auth/gmail.send";
const reply: SendEmailParams = { to: ["maya@harborview-yoga.example"], subject: "Re: Invoice for brand refresh", body: "Hi Maya,\n\nThe invoice is on its way. Grüße!\n\nSam", thread_id: "18c0000001", in_reply_to: "<alt-bullets-total-2@mail.example>" };

describe("email.send", () => {
	it("sends a reply in the Gmail thread with threading headers and UTF-8 text", async () => {
		const { handler, ctx } = await setup([READ, SEND]);
		const result = await handler.execute(handler.params.parse(reply), ctx(false));
		expect(google.sent).toHaveLength(1);
		const sent = google.sent[0]!;
		expect(sent.threadId).toBe("18c0000001");
		const raw = sent.raw.toString("latin1");
		expect(raw).toContain("In-Reply-To: <alt-bullets-total-2@mail.example>");
		expect(raw).toContain("To: maya@harborview-yoga.example");
		expect(Buffer.from(raw.split("\r\n\r\n")[1]!, "base64").toString("utf8")).toContain("Grüße!");
		expect(result.fields).toMatchObject({ message_id: sent.id, thread_id: "18c0000001" });
	});

	it("in dry run records the send and sends nothing", async () => {
		const { handler, ctx } = await setup([READ, SEND]);
		const c = ctx(true);
		await handler.execute(handler.params.parse(reply), c);
		expect(google.sent).toHaveLength(0);
		expect(c.wire.map((w) => w.url)).toEqual(["https://gmail.googleapis.com/gmail/v1/users/me/messages/send"]);
		expect(c.wire[0]!.headers["Authorization"]).toBe("[redacted]");
	});

	it("without the send permission fails as a sign-in problem that says to reconnect", async () => {
		const { handler, ctx } = await setup([READ]);
		const err = await handler.execute(handler.params.parse(reply), ctx(false)).then(() => null, (e: unknown) => e as { category: string; suggestion: string });
		if (!err) throw new Error("expected a failure");
		expect(err.category).toBe("auth");
		expect(err.suggestion).toContain("Reconnect Gmail");
	});

	it("treats someone the owner has written to before as a known contact, anyone else as new", async () => {
		const { handler, ctx } = await setup([READ, SEND]);
		const p = handler.params.parse(reply);
		expect(await handler.isNewCounterparty!(p, ctx(false))).toBe(true);
		await handler.execute(p, ctx(false));
		expect(await handler.isNewCounterparty!(p, ctx(false))).toBe(false);
	});

	it("refuses header injection in the subject", () => {
		return setup([READ]).then(({ handler }) => expect(handler.params.safeParse({ ...reply, subject: "Hi\r\nBcc: x@evil.example" }).success).toBe(false));
	});
});
