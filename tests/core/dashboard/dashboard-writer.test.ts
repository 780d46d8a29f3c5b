// Dashboard.md stays current on its own: one write after a burst of changes, never a touch outside the section.
import { afterEach, describe, expect, it } from "vitest";
import { createStatusCenter, type StatusCenter } from "../../../src/core/status/status-center";
import { DASHBOARD_TEMPLATE } from "../../../src/core/layout/templates";
import { readStatusSection, STATUS_END, STATUS_START } from "../../../src/core/dashboard/section";
import { flushMicrotasks } from "../../helpers";
import { agentNote, folder, makeWorld, pending, type World } from "../approval/fixtures";

const DASH = folder("Dashboard.md");
let world: World | null = null;
afterEach(async () => {
	await world?.close();
	world = null;
});

async function started(dashboard: string | null = DASHBOARD_TEMPLATE): Promise<{ w: World; center: StatusCenter }> {
	const w = await makeWorld({ dryRun: true });
	world = w;
	if (dashboard === null) await w.host.vault.remove(DASH);
	else await w.host.vault.write(DASH, dashboard);
	const center = createStatusCenter(w.engine, { dashboardDebounceMs: 3_000, nextBriefing: () => Date.parse("2026-11-30T07:00:00Z") });
	for (const s of center.services) w.engine.addService(s);
	await w.engine.start();
	return { w, center };
}

async function advance(w: World, ms: number): Promise<void> {
	await w.host.clock.advanceAsync(ms);
	await w.engine.log.settle();
	await flushMicrotasks();
}

describe("dashboard writer", () => {
	it("writes the status section a few seconds after start: pending count, today's activity, connectors, briefing", async () => {
		const { w } = await started();
		await advance(w, 3_500);
		const text = w.host.vault.text(DASH)!;
		expect(text.startsWith("# Dashboard\n\nYour notes go here.")).toBe(true);
		const section = readStatusSection(text)!;
		expect(section).toContain("## AI Employee status");
		expect(section).toContain("dry run: approved requests are only previewed");
		expect(section).toContain("**Nothing waits for your approval.**");
		expect(section).toMatch(/### Today\n1 logged action: 1 done/);
		expect(section).toContain("| Odoo | Not set up | — | — |");
		expect(section).toContain("Last briefing: none yet · next: 2026-11-30 07:00");
	});

	it("updates the section after a burst of new requests with one write, leaving the owner's edits intact", async () => {
		const { w, center } = await started();
		await advance(w, 3_500);
		const writesBefore = center.dashboard.writes;
		// The owner edits their part of the note while requests arrive.
		await w.host.vault.process(DASH, (t) => t.replace("Your notes go here.", "Call the bank on Friday. | keep | this |") + "\n## Ideas\n- a café\n");
		for (let i = 0; i < 7; i++) await w.host.vault.write(pending(`r${i}.md`), agentNote({ id: `REQ-${i}` }).replace("# Send hello", `# Hello number ${i}`));
		await advance(w, 1_000);
		expect(center.dashboard.writes).toBe(writesBefore);
		await advance(w, 5_000);
		expect(center.dashboard.writes).toBe(writesBefore + 1);
		const text = w.host.vault.text(DASH)!;
		expect(text.slice(0, text.indexOf(STATUS_START))).toBe(DASHBOARD_TEMPLATE.slice(0, DASHBOARD_TEMPLATE.indexOf(STATUS_START)).replace("Your notes go here.", "Call the bank on Friday. | keep | this |"));
		expect(text.slice(text.indexOf(STATUS_END))).toBe(`${STATUS_END}\n\n## Ideas\n- a café\n`);
		const section = readStatusSection(text)!;
		expect(section).toContain("**7 requests wait for your approval:**");
		expect(section).toContain(`- [[${pending("r0")}|Hello number 0]]`);
		expect(section).toContain("- … and 2 more");
	});

	it("does not write when nothing it shows has changed", async () => {
		const { w, center } = await started();
		await advance(w, 3_500);
		const n = center.dashboard.writes;
		center.model.subscribe(() => undefined);
		// A change elsewhere in the vault is no status change.
		await w.host.vault.write("Journal/today.md", "hello");
		await advance(w, 60_000);
		expect(center.dashboard.writes).toBe(n);
	});

	it("never recreates a dashboard the owner deleted", async () => {
		const { w } = await started(null);
		await w.host.vault.write(pending("r.md"), agentNote());
		await advance(w, 10_000);
		expect(w.host.vault.text(DASH)).toBeNull();
	});

	it("leaves a note with a broken marker pair alone and says once how to fix it", async () => {
		const broken = `# Dashboard\n${STATUS_START}\nmy text after a deleted end marker\n`;
		const { w } = await started(broken);
		await advance(w, 3_500);
		await w.host.vault.write(pending("r.md"), agentNote());
		await advance(w, 10_000);
		expect(w.host.vault.text(DASH)).toBe(broken);
		expect(w.host.notifier.messages.filter((m) => m.includes("not its end marker"))).toHaveLength(1);
	});

	it("keeps nothing scheduled after the engine stops", async () => {
		const { w } = await started();
		await w.host.vault.write(pending("r.md"), agentNote());
		await w.engine.stop();
		expect(w.host.clock.pending).toBe(0);
	});
});
