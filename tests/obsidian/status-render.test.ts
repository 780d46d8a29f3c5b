// The status view as drawn: what waits with Approve/Reject, the dry-run switch, and every button reaching its action.
import { describe, expect, it } from "vitest";
import { renderStatus, type StatusViewActions } from "../../src/obsidian/status-render";
import type { StatusSnapshot } from "../../src/core/status/types";

function snapshot(patch: Partial<StatusSnapshot> = {}): StatusSnapshot {
	const at = Date.parse("2026-11-26T09:00:00Z");
	return {
		dryRun: true,
		executorNote: null,
		connectors: [{ id: "gmail", label: "Gmail", configured: true, problem: null, lastSuccess: null, lastError: null, lastErrorAt: null, paused: "Sign-in refused: invalid_grant." }],
		watchers: [{ name: "Gmail", connector: "gmail", state: "paused", lastSuccess: null, lastRun: at, nextRun: null, lastError: "invalid_grant", failures: 0, restarts: 0, reason: "Sign-in refused: invalid_grant." }],
		pending: [{ path: "AI_Employee/Pending_Approval/a.md", id: "REQ-A", action: "odoo.create_invoice", title: "Invoice Acme", summary: "Create a draft invoice", created: "2026-11-26T08:00:00Z", error: null, category: null, suggestion: null }],
		failures: [{ path: "AI_Employee/Failed/f.md", id: "REQ-F", action: "social.post", title: "Post", summary: null, created: null, error: "Refused", category: "logic", suggestion: "Shorten it." }],
		activity: [{ timestamp: "2026-11-26T08:59:00.000Z", action: "odoo.create_invoice", target: "AI_Employee/Completed/a.md", result: "success", error: null, dryRun: false }],
		today: { day: "2026-11-26", total: 1, success: 1, dryRun: 0, failure: 0, refused: 0 },
		nextBriefing: Date.parse("2026-11-30T07:00:00Z"),
		lastBriefing: null,
		timeZone: "UTC",
		at,
		...patch,
	};
}

function recorder() {
	const calls: string[] = [];
	const actions: StatusViewActions = {
		toggleDryRun: (v) => calls.push(`dryRun:${v}`),
		approve: (p) => calls.push(`approve:${p}`),
		reject: (p) => calls.push(`reject:${p}`),
		retry: (p) => calls.push(`retry:${p}`),
		open: (p) => calls.push(`open:${p}`),
		reconnect: (id) => calls.push(`reconnect:${id}`),
		restartWatchers: () => calls.push("restart"),
	};
	return { calls, actions };
}

function click(el: Element | null): void {
	(el as HTMLElement).dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

describe("status view", () => {
	it("shows the dry-run banner and asks to go live when its switch is flipped", () => {
		const el = document.createElement("div");
		const { calls, actions } = recorder();
		renderStatus(el, snapshot(), actions);
		expect(el.querySelector(".ai-employee-status-banner")!.textContent).toContain("Approved requests are only previewed; nothing is sent.");
		click(el.querySelector(".ai-employee-status-toggle"));
		expect(calls).toEqual(["dryRun:false"]);
	});

	it("lists waiting requests with links and working Approve and Reject buttons", () => {
		const el = document.createElement("div");
		const { calls, actions } = recorder();
		renderStatus(el, snapshot(), actions);
		const row = el.querySelector(".ai-employee-status-row")!;
		expect(row.querySelector("a")!.textContent).toBe("Invoice Acme");
		const [approve, reject] = Array.from(row.querySelectorAll("button"));
		click(row.querySelector("a"));
		click(approve!);
		click(reject!);
		expect(calls).toEqual(["open:AI_Employee/Pending_Approval/a.md", "approve:AI_Employee/Pending_Approval/a.md", "reject:AI_Employee/Pending_Approval/a.md"]);
		expect(approve!.disabled).toBe(true);
	});

	it("shows the failure queue with Retry, a paused watcher's reason, Reconnect and Restart watchers", () => {
		const el = document.createElement("div");
		const { calls, actions } = recorder();
		renderStatus(el, snapshot(), actions);
		expect(el.textContent).toContain("Shorten it.");
		expect(el.textContent).toContain("Sign-in refused: invalid_grant.");
		const buttons = Array.from(el.querySelectorAll("button"));
		for (const label of ["Retry", "Reconnect", "Restart watchers"]) click(buttons.find((b) => b.textContent === label)!);
		expect(calls).toEqual(["retry:AI_Employee/Failed/f.md", "reconnect:gmail", "restart"]);
		expect(el.textContent).toContain("Next briefing: Mon 30 Nov 07:00");
	});

	it("leaves a file name that holds a secret out of the page, and still opens the note on click", () => {
		const el = document.createElement("div");
		const { calls, actions } = recorder();
		const path = "AI_Employee/Pending_Approval/Post AKIAIOSFODNN7EXAMPLE.md";
		renderStatus(el, snapshot({ pending: [{ path, id: "REQ-S", action: "social.post", title: "Post [hidden: an AWS access key]", summary: null, created: null, error: null, category: null, suggestion: null, secretInPath: true }] }), actions);
		expect(el.outerHTML).not.toContain("AKIAIOSFODNN7");
		const link = el.querySelector(".ai-employee-status-link");
		expect(link?.textContent).toBe("Post [hidden: an AWS access key]");
		click(link);
		expect(calls).toEqual([`open:${path}`]);
	});

	it("shows whether a runner receives WhatsApp, with what waits and this week's replies", () => {
		const el = document.createElement("div");
		const at = Date.parse("2026-11-26T09:00:00Z");
		const whatsapp = { waiting: 2, latestMessageAt: at - 5 * 60_000, receiver: { kind: "receiving" as const, seenAt: at - 2 * 60_000, lastDelivery: null }, repliesThisWeek: 4, medianResponseMs: 42 * 60_000 };
		renderStatus(el, snapshot({ whatsapp }), recorder().actions);
		const box = el.querySelector(".ai-employee-status-whatsapp")!;
		expect(box.textContent).toContain("Receiving (runner seen 2 min ago)");
		expect(box.textContent).toContain("2 waiting · last message 08:55");
		expect(box.textContent).toContain("4 replies sent this week · median response time 42 minutes");

		renderStatus(el, snapshot({ whatsapp: { ...whatsapp, receiver: { kind: "none" } } }), recorder().actions);
		expect(el.querySelector(".ai-employee-status-whatsapp")!.textContent).toContain("No runner receiving: replies can still be sent; start the runner with --webhook-port.");
		renderStatus(el, snapshot(), recorder().actions);
		expect(el.querySelector(".ai-employee-status-whatsapp")).toBeNull();
	});
});

