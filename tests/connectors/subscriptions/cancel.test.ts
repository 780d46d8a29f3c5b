// subscription.cancel through the real approval workflow: it always asks, and approving records the decision only.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { subscriptionsConnector } from "../../../src/connectors/subscriptions";
import { buildCard } from "../../../src/core/approval/card-model";
import { draftCancellations } from "../../../src/core/briefing/cancellations";
import { buildModel } from "../../../src/core/briefing/generate";
import { periodFor } from "../../../src/core/briefing/period";
import { splitNote } from "../../../src/core/requests/frontmatter";
import { DUE, sampleDesk } from "../../core/briefing/sample";

describe("a subscription cancellation request", () => {
	it("waits for a click, says what approving does, and when approved records the decision without any network call", async () => {
		const desk = sampleDesk();
		desk.settings.dryRun = false;
		desk.engine.registry.register(subscriptionsConnector());
		desk.host.clock.jumpTo(DUE);
		const model = await buildModel(desk.deps, periodFor("2026-11-30", "UTC", "07:00"));
		const { created } = await draftCancellations(desk.deps, model);
		const path = created.find((p) => p.includes("cancel-dropbox")) ?? "";

		// The policy never lets it run on its own: a sweep leaves it pending.
		await desk.engine.workflow.sweep();
		expect(await desk.host.vault.exists(path)).toBe(true);
		const card = await buildCard(desk.engine.deps, desk.engine.workflow.approvals, path);
		expect(card.summary).toBe("Record the decision to cancel the Dropbox subscription");
		expect(card.untrusted).toBe(true);
		expect(card.lines).toContainEqual({ label: "What approving does", value: "Records your decision to cancel. Nothing is sent: you cancel at the vendor." });

		const outcome = await desk.engine.workflow.approvals.approve(path);
		expect(outcome.ok).toBe(true);
		const done = (await desk.host.vault.listFiles("AI_Employee/Completed")).find((p) => p.includes("cancel-dropbox")) ?? "";
		const fm = parse(splitNote((await desk.host.vault.read(done)) ?? "").yaml ?? "") as Record<string, unknown>;
		expect(fm.status).toBe("completed");
		expect(fm.result).toMatch(/^Decision recorded: cancel Dropbox\. Cancel it at the vendor: sign in to Dropbox/);
		await desk.engine.stop();
	});
});
