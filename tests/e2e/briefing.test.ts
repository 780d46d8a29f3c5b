// The weekly audit and CEO briefing through the built main.js (NEEDS THE LEAD'S WIRING: registerBriefingCommands,
// the BriefingSchedule service and subscriptionsConnector in main.ts). Runs on the real clock, as the app does.
import * as obsidianMocks from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin as load, type LoadOptions, type PluginHarness } from "./harness";

/** AI_EMPLOYEE_MAIN_JS may point at another build of the plugin (to try the wiring before it lands in main.ts). */
const loadPlugin = (o: LoadOptions = {}) => load({ ...o, mainJs: o.mainJs ?? process.env.AI_EMPLOYEE_MAIN_JS });

let h: PluginHarness | null = null;
const restore: (() => void)[] = [];
afterEach(async () => {
	await h?.dispose();
	h = null;
	for (const r of restore.splice(0)) r();
});

const ROOT = "AI_Employee";
const FILES = {
	[`${ROOT}/Business_Goals.md`]: "# Business goals\n\n## Revenue targets\n| period | target |\n| --- | --- |\n| monthly | 9000 USD |\n",
	[`${ROOT}/Accounting/bank.csv`]: "date,description,amount,currency\n2026-11-02,Adobe Creative Cloud - monthly,-89.99,USD\n2026-11-03,Payment from Bluebird Bakery,2400.00,USD\nnot a row\n",
};

/** The Monday 07:00 UTC at or before now (tests pin TZ to UTC), worked out without the plugin's own date code. */
function latestMonday(): string {
	const now = new Date();
	const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
	if (d.getTime() + 7 * 3_600_000 > now.getTime()) d.setUTCDate(d.getUTCDate() - 7);
	return d.toISOString().slice(0, 10);
}

/** Modals open for real here: the mocks' Modal closes itself at once, so capture each one and keep it open. */
function captureModals(): { contentEl: HTMLElement }[] {
	const opened: { contentEl: HTMLElement }[] = [];
	const proto = obsidianMocks.Modal.prototype as unknown as { open: () => void; onOpen: () => void };
	const original = proto.open;
	proto.open = function (this: { onOpen: () => void; contentEl: HTMLElement }) {
		opened.push(this);
		this.onOpen();
	};
	// As in Obsidian, a button's onClick answers a DOM click (the mocks keep it for simulateClick__ only).
	const button = obsidianMocks.ButtonComponent.prototype as unknown as { onClick: (cb: (e: MouseEvent) => unknown) => unknown };
	const originalClick = button.onClick;
	button.onClick = function (this: { buttonEl: HTMLElement }, cb) {
		this.buttonEl.addEventListener("click", (e) => void cb(e));
		return originalClick.call(this, cb);
	};
	restore.push(() => {
		proto.open = original;
		button.onClick = originalClick;
	});
	return opened;
}

function button(modal: { contentEl: HTMLElement }, text: string): HTMLButtonElement {
	const b = Array.from(modal.contentEl.querySelectorAll("button")).find((x) => x.textContent === text);
	if (!b) throw new Error(`no "${text}" button`);
	return b;
}

describe("CEO briefing in the built plugin", () => {
	it("registers its commands", async () => {
		h = await loadPlugin();
		for (const id of ["generate-ceo-briefing", "run-weekly-audit", "draft-subscription-cancellations"]) expect(h.plugin.commands__.has(id)).toBe(true);
	});

	it("writes the briefing that fell due while Obsidian was closed, once, at the first start", async () => {
		const date = latestMonday();
		h = await loadPlugin({ vaultFiles: FILES });
		await h.layoutReady();
		const path = `${ROOT}/CEO_Briefings/${date}-briefing.md`;
		await h.waitFor(async () => (await h!.readFile(path)) !== null, 15_000);
		const text = (await h.readFile(path)) ?? "";
		expect(text).toContain("## Executive summary");
		expect(text).toContain("## Data gaps");
		expect(text).toMatch(/Accounting\/bank\.csv\]\] line 4/);
		expect(await h.readFile(`${ROOT}/Audits/${date}-audit.md`)).toContain("## Subscriptions");
		expect(h.files().filter((f) => f.startsWith(`${ROOT}/CEO_Briefings/`))).toEqual([path]);
	});

	it("asks before the command replaces this week's briefing, and replaces it only on Replace", async () => {
		const date = latestMonday();
		const path = `${ROOT}/CEO_Briefings/${date}-briefing.md`;
		h = await loadPlugin({ vaultFiles: { ...FILES, [path]: "my edited briefing\n", [`${ROOT}/Logs/state/briefing.json`]: JSON.stringify({ lastPeriod: date }) } });
		await h.layoutReady();
		const modals = captureModals();
		await h.runCommand("generate-ceo-briefing");
		await h.waitFor(() => modals.length === 1);
		expect(modals[0]!.contentEl.textContent).toContain(`${path} already exists`);
		button(modals[0]!, "Cancel").click();
		await h.settle();
		expect(await h.readFile(path)).toBe("my edited briefing\n");

		await h.runCommand("generate-ceo-briefing");
		await h.waitFor(() => modals.length === 2);
		button(modals[1]!, "Replace").click();
		await h.waitFor(async () => ((await h!.readFile(path)) ?? "").includes("## Executive summary"), 15_000);
		await h.waitFor(() => h!.notices.some((n) => /the CEO briefing for .+ is ready/.test(n)), 5_000);
	});

	it("drafts cancellation requests for flagged subscriptions into Pending_Approval", async () => {
		h = await loadPlugin({ vaultFiles: FILES });
		await h.layoutReady();
		await h.runCommand("draft-subscription-cancellations");
		await h.waitFor(() => h!.files().some((f) => f.startsWith(`${ROOT}/Pending_Approval/cancel-adobe-`)), 15_000);
		await h.waitFor(() => h!.notices.some((n) => n.includes("drafted 1 cancellation request")), 5_000);
	});

	it("leaves no timer or listener behind after unload", async () => {
		// The schedule off, so the command's own run is the only one and its end can be waited for.
		h = await loadPlugin({ vaultFiles: FILES, data: { briefing: { enabled: false } } });
		await h.layoutReady();
		await h.runCommand("run-weekly-audit");
		await h.waitFor(() => h!.notices.some((n) => /the weekly audit for .+ is ready/.test(n)), 15_000);
		await h.settle();
		await h.unload();
		expect(h.leaks()).toMatchObject({ count: 0 });
	});
});
