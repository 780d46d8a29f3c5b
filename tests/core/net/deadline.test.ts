// Every network call has a deadline: a service that accepts the connection and never answers ends the call with
// "may or may not have reached the service", through the Node host's real HTTP port.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withDeadline } from "../../../src/core/net/deadline";
import { createActionContext } from "../../../src/core/executor/action-context";
import { NodeHttpClient } from "../../../src/node/http";
import { MapSecretStore } from "../../helpers";
import { startSilentServer, type SilentServer } from "../../fakes/silent/server";

const realClock = {
	now: () => Date.now(),
	setTimeout: (fn: () => void, ms: number) => ({ id: setTimeout(fn, ms) }),
	clearTimeout: (h: { id: unknown }) => clearTimeout(h.id as NodeJS.Timeout),
	setInterval: (fn: () => void, ms: number) => ({ id: setInterval(fn, ms) }),
	clearInterval: (h: { id: unknown }) => clearInterval(h.id as NodeJS.Timeout),
};

describe("a service that accepts the connection and never answers", () => {
	let silent: SilentServer;
	beforeEach(async () => {
		silent = await startSilentServer();
	});
	afterEach(() => silent.close());

	it("a request without its own timeout gets the setting's and ends saying it may have reached the service", async () => {
		const http = withDeadline(new NodeHttpClient(), () => 300);
		const started = Date.now();
		const err = await http.request({ url: `${silent.url}/v1/post`, method: "POST", body: "{}" }).catch((e: unknown) => e as Error);
		expect(Date.now() - started).toBeLessThan(3000);
		expect((err as Error).message).toBe(`No answer from ${new URL(silent.url).host} within 300 ms; it may or may not have reached the service`);
		expect(silent.received).toEqual([{ method: "POST", path: "/v1/post", body: "{}" }]);
	});

	it("a request's own timeout (Odoo's setting) wins over the general one", async () => {
		const http = withDeadline(new NodeHttpClient(), () => 60_000);
		const started = Date.now();
		const err = await http.request({ url: silent.url, timeoutMs: 200 }).catch((e: unknown) => e as Error);
		expect(Date.now() - started).toBeLessThan(3000);
		expect((err as Error).message).toMatch(/within 200 ms; it may or may not have reached the service$/);
	});

	it("a write through the executor's context is sent once, never again, and fails as 'may or may not have reached'", async () => {
		const ctx = createActionContext({ http: withDeadline(new NodeHttpClient(), () => 200), clock: realClock, secrets: new MapSecretStore(), dryRun: false, correlationId: "c-1", baseBackoffMs: 1 });
		const err = await ctx.write({ url: `${silent.url}/publish`, method: "POST", body: "hello" }, () => ({ status: 200, headers: {}, text: "" })).then(
			() => new Error("answered"),
			(e: unknown) => e as Error & { category?: string; neverSent?: boolean },
		);
		expect(err).toMatchObject({ category: "transient", neverSent: false });
		expect(err.message).toMatch(/may or may not have reached the service/);
		expect(silent.received).toHaveLength(1);
	});

	it("a read through the executor's context is retried per the read rules, each try with its deadline", async () => {
		const ctx = createActionContext({ http: withDeadline(new NodeHttpClient(), () => 100), clock: realClock, secrets: new MapSecretStore(), dryRun: false, correlationId: "c-2", baseBackoffMs: 1 });
		const err = await ctx.read({ url: `${silent.url}/status` }).then(
			() => new Error("answered"),
			(e: unknown) => e as Error & { category?: string },
		);
		expect(err).toMatchObject({ category: "transient" });
		expect(silent.received).toHaveLength(5);
	});
});
