import { describe, expect, it } from "vitest";

// The fakes as the matchers see them: loopback servers list requests, the Odoo fake counts calls.
const loopback = (...paths: string[]) => ({ received: paths.map((p) => ({ method: "POST", path: p })) });
const odoo = (calls: Record<string, number>) => ({
	writes: Object.entries(calls).reduce((n, [k, v]) => (/\.(create|write)$/.test(k) ? n + v : n), 0),
	count: (call: string) => calls[call] ?? 0,
});

describe("the domain matchers say what a user would notice", () => {
	it("a post that went out twice is a double post", () => {
		expect(loopback("/2/tweets")).toHaveSentExactlyOnce("/2/tweets");
		expect(() => expect(loopback("/2/tweets", "/2/tweets")).toHaveSentExactlyOnce("/2/tweets")).toThrow("it arrived 2 times (POST /2/tweets, POST /2/tweets): the user would see it posted 2 times.");
		expect(() => expect(odoo({ "account.move.create": 0 })).toHaveSentExactlyOnce("account.move.create")).toThrow("never arrived: the user would see nothing sent");
		// A read is not a send.
		expect({ received: [{ method: "GET", path: "/2/users/me" }] }).toHaveSentNothing();
	});

	it("a preview or a refusal that wrote something is found out", () => {
		expect(odoo({ "res.partner.search_read": 3 })).toHaveSentNothing();
		expect(() => expect(odoo({ "account.move.create": 1 })).toHaveSentNothing()).toThrow("received 1 write. The user would find it done for real.");
	});

	it("a refusal must give the reason the user needs", () => {
		expect({ ok: false, message: "Expired on 2026-11-25" }).toBeRefusedWith(/Expired/);
		expect(() => expect({ ok: true, message: "Approved" }).toBeRefusedWith("Expired")).toThrow('Expected a refusal saying "Expired", but it went through ("Approved").');
		expect(() => expect({ ok: false, message: "Could not record" }).toBeRefusedWith(/Expired/)).toThrow('but the user was told: "Could not record"');
	});

	it("a dry-run preview says Dry run once and is completed", () => {
		expect({ status: "completed", dry_run: true, result: "Dry run: would send" }).toHaveCompletedInDryRun();
		expect(() => expect({ status: "completed", dry_run: true, result: "Dry run: Dry run: would send" }).toHaveCompletedInDryRun()).toThrow('the result "Dry run: Dry run: would send"');
		expect(() => expect({ status: "completed", dry_run: false, result: "Sent" }).toHaveCompletedInDryRun()).toThrow("dry_run false");
	});

	it("a request sent back for approval is pending, unstamped and says why", () => {
		expect({ status: "pending", refused_reason: "It was edited after approval" }).toBeBackForApprovalWith(/edited after approval/);
		expect(() => expect({ status: "pending", refused_reason: "edited after approval", approval_mac: "ab" }).toBeBackForApprovalWith(/edited/)).toThrow("and still an approval stamp");
	});

	it("an audit log line the owner should find in Logs", () => {
		const lines = [{ action_type: "odoo.create_invoice", result: "refused", error: "REQ-1 is a duplicate" }];
		expect(lines).toHaveLogged({ action_type: "odoo.create_invoice", result: "refused", error: /duplicate/ });
		expect(() => expect(lines).toHaveLogged({ action_type: "odoo.create_invoice", result: "success" })).toThrow("but the log has odoo.create_invoice refused (REQ-1 is a duplicate).");
	});
});
