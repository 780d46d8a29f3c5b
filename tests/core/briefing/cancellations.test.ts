// Flagged subscriptions become cancellation requests in Pending_Approval: signed by the plugin, marked as outside input.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { draftCancellations } from "../../../src/core/briefing/cancellations";
import { buildModel } from "../../../src/core/briefing/generate";
import { periodFor } from "../../../src/core/briefing/period";
import { splitNote } from "../../../src/core/requests/frontmatter";
import { DUE, sampleDesk } from "./sample";

const PENDING = "AI_Employee/Pending_Approval";

describe("drafting cancellation requests", () => {
	it("drafts one request per flagged subscription, with the reasons and the audit as evidence", async () => {
		const desk = sampleDesk();
		desk.host.clock.jumpTo(DUE);
		const model = await buildModel(desk.deps, periodFor("2026-11-30", "UTC", "07:00"));
		const { created } = await draftCancellations(desk.deps, model);
		expect(created).toHaveLength(4);
		const adobe = created.find((p) => p.includes("cancel-adobe"));
		const fm = parse(splitNote((await desk.host.vault.read(adobe ?? "")) ?? "").yaml ?? "") as Record<string, unknown>;
		expect(fm).toMatchObject({
			type: "approval_request",
			action: "subscription.cancel",
			status: "pending",
			origin: "plugin:inbox-subscriptions",
			params: { vendor: "Adobe", category: "design", last_charge_minor: 8999, currency: "USD", last_charge_date: "2026-11-02", evidence: "AI_Employee/Audits/2026-11-30-audit.md" },
		});
		expect(fm.origin_mac).toEqual(expect.any(String));
		expect((fm.params as { reasons: string[] }).reasons[0]).toBe("price rose 50% (59.99 USD → 89.99 USD)");
	});

	it("does not draft a second request for a vendor that already has one waiting", async () => {
		const desk = sampleDesk();
		desk.host.clock.jumpTo(DUE);
		const model = await buildModel(desk.deps, periodFor("2026-11-30", "UTC", "07:00"));
		await draftCancellations(desk.deps, model);
		const again = await draftCancellations(desk.deps, model);
		expect(again.created).toEqual([]);
		expect(again.skipped.sort()).toEqual(["Adobe", "Canva", "Dropbox", "Figma"]);
		expect((await desk.host.vault.listFiles(PENDING)).filter((p) => p.includes("cancel-"))).toHaveLength(4);
	});
});
