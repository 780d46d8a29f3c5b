// Demo step: request notes as they appear in a working week — an agent's invoice (asks), a composed two-network post
// (approved, previewed in dry run), a scheduled post and a reply (both wait for a click) and a rejected request.
// Written through the engine's own functions, but honest about who wrote them: `requested_by` says "demo sample", and
// no note carries an origin mark, so on any device the cards show them as written outside the plugin (which they were).
// Nothing is left in Approved/: a note approved with the demo's key would be refused on a device with its own key.
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

const OWNER_SAMPLE = "demo sample (as the owner would write it)";
const AGENT_SAMPLE = "demo sample (as an AI agent would write it)";

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
	// No approval key for writing: the samples carry no origin mark (they are not the plugin's own requests).
	const deps = { ...engine.deps, approvalKey: () => null };
	const now = opts.now ?? host.clock.now();
	const written: string[] = [];

	// 1. An AI agent working in the vault drafts an invoice from a client's email: untrusted, always asks.
	const invoice = ["---", "type: approval_request", "id: REQ-DEMO-INVOICE", "action: odoo.create_invoice", "status: pending", `created: ${new Date(now).toISOString()}`, "requested_by: demo sample (as an AI agent would write it)", "params:", "  customer:", "    name: Harbor & Co", "    email: accounts@harbor.example", `  invoice_date: "${new Date(now).toISOString().slice(0, 10)}"`, "  currency: USD", "  reference: PO-7781", "  lines:", "    - description: Brand identity workshop (2 days)", "      quantity: 2", "      unit_price: \"1200.00\"", "    - description: Logo files and guidelines", "      quantity: 1", "      unit_price: \"450.00\"", "---", "# Invoice Harbor & Co for the identity workshop", "", "Drafted by an agent from the client's email. Check the customer and the amounts.", ""].join("\n");
	await host.vault.write("AI_Employee/Pending_Approval/invoice-harbor.md", invoice);
	written.push("AI_Employee/Pending_Approval/invoice-harbor.md");

	// 2. The owner composes one post for two networks and approves both; dry run shows what each network would get.
	for (const network of ["linkedin", "facebook"]) {
		const path = await createRequestNote(deps, {
			action: "social.post",
			params: { network, text: "We just wrapped the Harbor & Co identity: a calm, nautical palette for a busy shop. Case study soon.", link: "https://lumenandpine.example/work/harbor" },
			requestedBy: OWNER_SAMPLE,
			origin: "demo",
			title: `Harbor case study teaser (${network})`,
		});
		const outcome = await engine.workflow.approvals.approve(path);
		written.push(outcome.ok ? outcome.path : path);
	}

	// 3. A scheduled post: it waits for a click (only requests the plugin itself wrote may be approved by the policy).
	written.push(
		await createRequestNote(deps, {
			action: "social.post",
			params: { network: "x", text: "Studio hours over the holidays: open Dec 22–23, back Jan 5. Happy holidays from Lumen & Pine!", publish_at: new Date(now + 3 * 86_400_000).toISOString() },
			requestedBy: OWNER_SAMPLE,
			origin: "demo",
			title: "Holiday hours",
		}),
	);

	// 4. A reply: always needs a click.
	written.push(
		await createRequestNote(deps, {
			action: "social.reply",
			params: { network: "facebook", in_reply_to: "1122334455_987654321", text: "Thank you, Maya! The prints ship on Monday." },
			requestedBy: OWNER_SAMPLE,
			origin: "demo",
			title: "Reply to Maya",
		}),
	);

	// 5. A request the owner rejected, with the reason.
	const rejected = await createRequestNote(deps, {
		action: "social.post",
		params: { network: "linkedin", text: "Big news coming for our biggest client next week!" },
		requestedBy: AGENT_SAMPLE,
		origin: "demo",
		title: "Teaser about a client",
	});
	const r = await engine.workflow.approvals.reject(rejected, "Too vague, and the client has not agreed to be named.");
	written.push(r.ok ? r.path : rejected);
	await engine.log.settle();
	return written;
}
