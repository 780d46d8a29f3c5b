// Demo step: request notes as they appear in a working week — an agent's invoice (asks), an owner's composed
// multi-network post (approved, previewed in dry run), an owner's scheduled post (auto-approved by the policy),
// a reply (asks) and a rejected request. Written through the engine's own functions, as the plugin writes them.
import { Engine } from "../../src/core/engine";
import { createRequestNote } from "../../src/core/requests/create-request";
import { parseSettings } from "../../src/core/settings/parse";
import { createNodeHost } from "../../src/node/host";
import { buildConnectors } from "../../src/connectors";

export interface RequestsStepOptions {
	vaultDir: string;
	configDir: string;
	approvalKey: string;
	settings: unknown;
	now?: number;
}

export async function writeDemoRequests(opts: RequestsStepOptions): Promise<string[]> {
	const host = createNodeHost({ vaultDir: opts.vaultDir, env: {}, configDir: opts.configDir, write: () => undefined });
	const { settings } = parseSettings(opts.settings);
	const engine: Engine = new Engine({
		host,
		settings,
		hostKind: "headless",
		connectors: buildConnectors(() => engine.settings, host.clock),
		approvalKey: () => opts.approvalKey,
		// The owner's laptop approves; the headless runner executes in the demo's next step.
		isExecutor: () => false,
	});
	const deps = engine.deps;
	const now = opts.now ?? host.clock.now();
	const written: string[] = [];

	// 1. An AI agent working in the vault drafts an invoice from a client's email: untrusted, always asks.
	const invoice = ["---", "type: approval_request", "id: REQ-DEMO-INVOICE", "action: odoo.create_invoice", "status: pending", `created: ${new Date(now).toISOString()}`, "requested_by: claude-code", "source: \"[[Inbox/quote-request-harbor.md]]\"", "params:", "  customer:", "    name: Harbor & Co", "    email: accounts@harbor.example", `  invoice_date: "${new Date(now).toISOString().slice(0, 10)}"`, "  currency: USD", "  reference: PO-7781", "  lines:", "    - description: Brand identity workshop (2 days)", "      quantity: 2", "      unit_price: \"1200.00\"", "    - description: Logo files and guidelines", "      quantity: 1", "      unit_price: \"450.00\"", "---", "# Invoice Harbor & Co for the identity workshop", "", "Drafted by an agent from the client's email. Check the customer and the amounts.", ""].join("\n");
	await host.vault.write("AI_Employee/Pending_Approval/invoice-harbor.md", invoice);
	written.push("AI_Employee/Pending_Approval/invoice-harbor.md");

	// 2. The owner composes one post for two networks and approves both; dry run shows what each network would get.
	for (const network of ["linkedin", "facebook"]) {
		const path = await createRequestNote(deps, {
			action: "social.post",
			params: { network, text: "We just wrapped the Harbor & Co identity: a calm, nautical palette for a busy shop. Case study soon.", link: "https://lumenandpine.example/work/harbor" },
			requestedBy: "owner",
			origin: "plugin:command",
			title: `Harbor case study teaser (${network})`,
		});
		const outcome = await engine.workflow.approvals.approve(path);
		written.push(outcome.ok ? outcome.path : path);
	}

	// 3. A scheduled post the owner wrote: the policy approves it on its own and the executor holds it until due.
	written.push(
		await createRequestNote(deps, {
			action: "social.post",
			params: { network: "x", text: "Studio hours over the holidays: open Dec 22–23, back Jan 5. Happy holidays from Lumen & Pine!", publish_at: new Date(now + 3 * 86_400_000).toISOString() },
			requestedBy: "owner",
			origin: "plugin:command",
			title: "Holiday hours",
		}),
	);

	// 4. A reply: always needs a click.
	written.push(
		await createRequestNote(deps, {
			action: "social.reply",
			params: { network: "facebook", in_reply_to: "1122334455_987654321", text: "Thank you, Maya! The prints ship on Monday." },
			requestedBy: "owner",
			origin: "plugin:command",
			title: "Reply to Maya",
		}),
	);

	// 5. A request the owner rejected, with the reason.
	const rejected = await createRequestNote(deps, {
		action: "social.post",
		params: { network: "linkedin", text: "Big news coming for our biggest client next week!" },
		requestedBy: "claude-code",
		origin: "plugin:command",
		title: "Teaser about a client",
	});
	const r = await engine.workflow.approvals.reject(rejected, "Too vague, and the client has not agreed to be named.");
	written.push(r.ok ? r.path : rejected);
	await engine.log.settle();
	return written;
}
