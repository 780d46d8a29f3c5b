import { describe, expect, it } from "vitest";
import { createActionContext } from "../../../src/core/executor/action-context";
import { FakeClock, MapSecretStore, offlineHttp } from "../../helpers";

describe("the recorded wire never shows a secret", () => {
	it("an API key the handler put into a request body or URL is redacted in the dry-run preview", async () => {
		const secrets = new MapSecretStore({ "ai-employee-odoo-api-key": "sk-very-secret-1234" });
		const ctx = createActionContext({ http: offlineHttp, clock: new FakeClock(), secrets, dryRun: true, correlationId: "c" });
		const key = ctx.secrets.get("ai-employee-odoo-api-key")!;
		await ctx.write(
			{ url: `https://odoo.example/xmlrpc/2/object?key=${key}`, method: "POST", headers: { "x-api-key": key, "content-type": "text/xml" }, body: `<param><string>${key}</string></param>` },
			() => ({ status: 200, headers: {}, text: "" }),
		);
		const shown = JSON.stringify(ctx.wire);
		expect(shown).not.toContain("sk-very-secret-1234");
		expect(ctx.wire[0]!.body).toBe("<param><string>[redacted]</string></param>");
		expect(ctx.wire[0]!.headers["content-type"]).toBe("text/xml");
	});

	it("in dry run a write is recorded and answered by the simulation, never sent", async () => {
		let sent = 0;
		const ctx = createActionContext({
			http: {
				request: () => {
					sent += 1;
					return Promise.resolve({ status: 200, headers: {}, text: "" });
				},
			},
			clock: new FakeClock(),
			secrets: new MapSecretStore(),
			dryRun: true,
			correlationId: "c",
		});
		const res = await ctx.write({ url: "https://x.example/post", method: "POST", body: "hi" }, () => ({ status: 201, headers: {}, text: "sim" }));
		expect(res.text).toBe("sim");
		expect(sent).toBe(0);
		expect(ctx.wire).toHaveLength(1);
	});
});
