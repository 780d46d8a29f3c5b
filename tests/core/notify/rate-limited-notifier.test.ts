// Notices: a burst is one notice, each kind can be turned off, and answers to the owner's clicks are never delayed.
import { describe, expect, it } from "vitest";
import { RateLimitedNotifier, type NotificationSwitches } from "../../../src/core/notify/rate-limited-notifier";
import { FakeClock, ListNotifier } from "../../helpers";

function setup(switches: Partial<NotificationSwitches> = {}) {
	const clock = new FakeClock();
	const shown = new ListNotifier();
	const current: NotificationSwitches = { approvals: true, failures: true, auth: true, ...switches };
	const notifier = new RateLimitedNotifier(shown, clock, () => current, { gatherMs: 1_500, minGapMs: 20_000 });
	return { clock, shown, notifier, current };
}

describe("rate-limited notifications", () => {
	it("shows a single approval notice as it was written, after a short gathering pause", () => {
		const { clock, shown, notifier } = setup();
		notifier.notify("Approval needed: Post to LinkedIn.", "approval");
		expect(shown.notices).toEqual([]);
		clock.advance(1_500);
		expect(shown.notices).toEqual([{ message: "Approval needed: Post to LinkedIn.", kind: "approval" }]);
	});

	it("turns a burst of twelve approval requests into one notice that counts them", () => {
		const { clock, shown, notifier } = setup();
		for (let i = 1; i <= 12; i++) notifier.notify(`Approval needed: invoice ${i}.`, "approval");
		clock.advance(60_000);
		expect(shown.notices).toHaveLength(1);
		expect(shown.notices[0]!.message).toBe("AI Employee: 12 requests wait for your approval. Latest: Approval needed: invoice 12. Open the status view to see them all.");
	});

	it("keeps notices of one kind at least 20 s apart and gathers what came meanwhile", () => {
		const { clock, shown, notifier } = setup();
		notifier.notify("AI Employee: Gmail failed.", "failure");
		clock.advance(2_000);
		notifier.notify("AI Employee: Odoo failed.", "failure");
		clock.advance(5_000);
		notifier.notify("AI Employee: X failed.", "failure");
		clock.advance(5_000);
		expect(shown.notices).toHaveLength(1);
		clock.advance(10_000);
		expect(shown.messages).toEqual(["AI Employee: Gmail failed.", "AI Employee: 2 things went wrong. Latest: X failed. Open the status view for the rest."]);
	});

	it("does not hold one kind back because of another", () => {
		const { clock, shown, notifier } = setup();
		notifier.notify("AI Employee: Odoo failed.", "failure");
		notifier.notify("AI Employee: Gmail refused its sign-in.", "auth");
		clock.advance(1_500);
		expect(shown.notices.map((n) => n.kind).sort()).toEqual(["auth", "failure"]);
	});

	it("says nothing of a kind the owner turned off, and still shows the others", () => {
		const { clock, shown, notifier } = setup({ approvals: false });
		notifier.notify("Approval needed: invoice.", "approval");
		notifier.notify("AI Employee: Odoo failed.", "failure");
		clock.advance(5_000);
		expect(shown.messages).toEqual(["AI Employee: Odoo failed."]);
	});

	it("drops notices that were waiting when their switch is turned off", () => {
		const { clock, shown, notifier, current } = setup();
		notifier.notify("AI Employee: Gmail refused its sign-in.", "auth");
		current.auth = false;
		clock.advance(5_000);
		expect(shown.notices).toEqual([]);
	});

	it("shows answers to the owner's own actions at once, however many", () => {
		const { shown, notifier } = setup({ approvals: false, failures: false, auth: false });
		notifier.notify("AI Employee: approved.");
		notifier.notify("AI Employee: rejected.", "info");
		expect(shown.messages).toEqual(["AI Employee: approved.", "AI Employee: rejected."]);
	});

	it("leaves no timer behind when disposed", () => {
		const { clock, shown, notifier } = setup();
		notifier.notify("AI Employee: Odoo failed.", "failure");
		notifier.dispose();
		expect(clock.pending).toBe(0);
		clock.advance(60_000);
		expect(shown.notices).toEqual([]);
	});
});
