// A minimal connector over the echo service, so workflow tests run the real executor path to a real socket.
import * as z from "zod/mini";
import type { Connector, ActionHandler } from "../../../src/core/executor/connector";
import { CategorizedError } from "../../../src/core/util/errors";

const params = z.object({
	text: z.string().check(z.minLength(1)),
	kind: z._default(z.enum(["payment", "post", "reply", "email", "invoice", "other"]), "other"),
	amount_minor: z.optional(z.int().check(z.minimum(0))),
	counterparty: z.optional(z.string()),
	recurring: z.optional(z.boolean()),
	scheduled_at: z.optional(z.string()),
});
type Params = z.infer<typeof params>;

export function echoConnector(baseUrl: () => string): Connector {
	const send: ActionHandler<Params> = {
		action: "test.send",
		params,
		describe: (p) => ({ summary: `Send "${p.text}" to the echo service`, lines: [{ label: "Kind", value: p.kind }], text: p.text }),
		policyFacts: (p) => ({ kind: p.kind, amountMinor: p.amount_minor, currency: "USD", counterparty: p.counterparty, recurring: p.recurring, scheduledAt: p.scheduled_at }),
		async execute(p, ctx) {
			const res = await ctx.write(
				{ url: `${baseUrl()}/messages`, method: "POST", headers: { "content-type": "application/json", authorization: "Bearer secret-token" }, body: JSON.stringify({ text: p.text }) },
				() => ({ status: 201, headers: {}, text: JSON.stringify({ id: "dry-run" }) }),
			);
			if (res.status >= 400) throw new CategorizedError(res.status === 401 ? "auth" : "logic", `The echo service answered ${res.status}: ${res.text}`, "Fix the request.");
			const id = (JSON.parse(res.text) as { id: string }).id;
			return { summary: `Sent message ${id}`, url: `${baseUrl()}/messages/${id}`, fields: { message_id: id } };
		},
	};
	return { id: "test", handlers: [send as ActionHandler<never>] };
}
