// The approval card as drawn: badges for dry run and live, the rejected card, and the reason box after the buttons.
import { describe, expect, it } from "vitest";
import { renderCard } from "../../src/obsidian/card-view";
import type { CardModel } from "../../src/core/approval/card-model";

function model(patch: Partial<CardModel> = {}): CardModel {
	return {
		state: "pending",
		title: "Create invoice for Harbor Yoga — 2,850.00 USD",
		summary: "Create a draft invoice for Harbor Yoga over 2,850.00 USD before tax",
		lines: [{ label: "Expires", value: "Fri 4 Dec, 10:00" }],
		text: null,
		policy: "Needs your approval: not written by the plugin.",
		provenance: "Written outside the plugin",
		untrusted: true,
		dryRun: true,
		live: false,
		notice: null,
		result: null,
		buttons: ["approve", "reject"],
		guard: null,
		warnings: [],
		sources: [],
		...patch,
	};
}

function draw(m: CardModel, clicks: string[] = []): HTMLElement {
	const el = document.createElement("div");
	renderCard(el, m, { onButton: (b, reason) => clicks.push(`${b}:${reason ?? ""}`) });
	return el;
}

const badges = (el: HTMLElement) => Array.from(el.querySelectorAll(".ai-employee-badge")).map((b) => b.textContent);

describe("the approval card", () => {
	it("shows the title in words, and in dry run a calm Dry run badge", () => {
		const el = draw(model());
		expect(el.querySelector(".ai-employee-card-title")?.textContent).toBe("Create invoice for Harbor Yoga — 2,850.00 USD");
		expect(badges(el)).toEqual(["Waiting for approval", "Dry run"]);
		expect(el.querySelector(".ai-employee-card.is-live")).toBeNull();
	});

	it("in live mode marks the card and says approving sends it for real", () => {
		const el = draw(model({ dryRun: false, live: true }));
		expect(badges(el)).toEqual(["Waiting for approval", "Live"]);
		expect(el.querySelector(".ai-employee-badge.is-live")).not.toBeNull();
		expect(el.querySelector(".ai-employee-card.is-live")).not.toBeNull();
		expect(el.querySelector(".ai-employee-card-live")?.textContent).toContain("sends this for real");
	});

	it("a rejected card has no Dry run badge", () => {
		const el = draw(model({ state: "rejected", dryRun: false, buttons: [], notice: { kind: "info", message: "Rejected by owner: too vague" } }));
		expect(badges(el)).toEqual(["Rejected"]);
	});

	it("the reason box follows the buttons and goes with Reject", () => {
		const clicks: string[] = [];
		const el = draw(model(), clicks);
		const row = el.querySelector(".ai-employee-card-buttons")!;
		expect(Array.from(row.children).map((c) => c.tagName)).toEqual(["BUTTON", "BUTTON", "INPUT"]);
		(row.querySelector("input") as HTMLInputElement).value = "Wrong customer";
		Array.from(row.querySelectorAll("button")).find((b) => b.textContent === "Reject")!.click();
		expect(clicks).toEqual(["reject:Wrong customer"]);
	});

	it("quotes under each invoice line the email sentence it was read from, and nothing under other lines", () => {
		const el = draw(model({ lines: [{ label: "Customer", value: "Maya Lin" }, { label: "Line 1", value: "1 × Logo redesign at $1,800.00 = $1,800.00" }], sources: [{ label: "Line 1", sentence: "Logo redesign: $1,800.00" }] }));
		const dds = Array.from(el.querySelectorAll(".ai-employee-card-lines dd"));
		expect(dds[0]?.querySelector(".ai-employee-card-source")).toBeNull();
		expect(dds[1]?.querySelector(".ai-employee-card-source")?.textContent).toBe("“Logo redesign: $1,800.00”");
	});
});
