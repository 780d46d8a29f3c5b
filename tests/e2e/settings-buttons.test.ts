// Every button of the built plugin's settings tab, clicked with the wire fakes behind every connector: each click's work
// ends within a deadline and leaves an answer on screen. A promise that resolves to an Obsidian component (a thenable)
// froze the app at 100 % CPU on Test connection and on Gmail Connect/Disconnect; ui.ts turns such a loop into a failure.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { routedRequestUrl } from "./node-request-url";
import { googleRoutes, socialRoutes, whatsappRoutes } from "../helpers/routes";
import { loadPlugin, type PluginHarness } from "./harness";
import { clickables, descOf, installUi, labelOf, openSettings, type Ui } from "./ui";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { startMetaFake, type MetaFake } from "../fakes/meta/server";
import { startXFake, X_KEYS, type XFake } from "../fakes/x/server";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/server";
import { startWhatsappFake, type WhatsappFake } from "../fakes/whatsapp/server";

type Plugin = { settings: Record<string, any>; saveSettings(): Promise<void> };

/** How long one click's work may take against loopback servers before it counts as a hang. */
const DEADLINE_MS = 8_000;

let h: PluginHarness;
let ui: Ui;
let odoo: FakeOdoo;
let meta: MetaFake;
let x: XFake;
let linkedin: LinkedinFake;
let google: FakeGoogle;
let wa: WhatsappFake;
const copied: string[] = [];
const originalOpen = window.open;

beforeEach(async () => {
	[odoo, meta, x, linkedin, google, wa] = await Promise.all([startFakeOdoo({ version: 17 }), startMetaFake(), startXFake(), startLinkedinFake(), startFakeGoogle(), startWhatsappFake()]);
	ui = installUi();
	h = await loadPlugin({
		// WhatsApp's number first: the first matching route wins, and the Meta fake takes the rest of graph.facebook.com.
		http: routedRequestUrl({ ...whatsappRoutes(wa.url, wa.phoneNumberId), ...socialRoutes({ meta: meta.url, x: x.url, linkedin: linkedin.url }), ...googleRoutes(google.url) }),
		secrets: {
			"ai-employee-odoo-api-key": "test-api-key",
			"ai-employee-facebook-page-token": meta.token,
			"ai-employee-instagram-token": meta.token,
			"ai-employee-linkedin-token": linkedin.token,
			"ai-employee-x-api-key": X_KEYS.apiKey,
			"ai-employee-x-api-secret": X_KEYS.apiSecret,
			"ai-employee-x-access-token": X_KEYS.accessToken,
			"ai-employee-x-access-secret": X_KEYS.accessSecret,
			"ai-employee-google-client-secret": google.clientSecret,
			"ai-employee-whatsapp-token": wa.token,
		},
	});
	await h.layoutReady();
	const p = h.plugin as unknown as Plugin;
	p.settings.odoo = { ...p.settings.odoo, url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	p.settings.social = {
		facebook: { pageId: meta.pageId },
		instagram: { igUserId: meta.igUserId },
		x: { username: "@acmecoffee" },
		linkedin: { author: `urn:li:person:${linkedin.memberId}` },
	};
	p.settings.gmail = { ...p.settings.gmail, clientId: google.clientId };
	p.settings.whatsapp = { account: { phoneNumberId: wa.phoneNumberId } };
	await p.saveSettings();
	// The system browser: follows Google's consent redirect back to the plugin's loopback listener.
	window.open = ((url: string) => {
		// The system browser, through the same routing: Google's consent page is the fake's.
		void routedRequestUrl(googleRoutes(google.url))({ url }).catch(() => undefined);
		return null;
	}) as typeof window.open;
	Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) } });
});

afterEach(async () => {
	window.open = originalOpen;
	await h.dispose();
	ui.restore();
	await Promise.all([odoo.stop(), meta.close(), x.close(), linkedin.close(), google.close(), wa.close()]);
});

/** A row still at work says so with a trailing ellipsis ("Testing…", "Waiting for Google in your browser…"). */
function busy(el: HTMLElement): boolean {
	return Array.from(el.querySelectorAll<HTMLElement>("div")).some((d) => d.childElementCount === 0 && /…$/.test(d.textContent ?? "") && !/starting…$/.test(d.textContent ?? ""));
}

interface Click {
	label: string;
	ms: number;
	/** The heading of the group the button is in ("" in a dialog). */
	group: string;
	/** The row's description right after the click's work ended: what the owner reads. */
	answer: string;
}

/** A button's setting item (mocks: settingEl > controlEl > button) and its group's heading (groupEl > [header, listEl > settingEl]). */
function placeOf(b: HTMLElement): { row: HTMLElement | null; group: string } {
	const row = b.parentElement?.parentElement ?? null;
	const groupEl = row?.parentElement?.parentElement;
	const header = groupEl?.firstElementChild;
	return { row, group: header && header !== row?.parentElement ? (header.textContent ?? "") : "" };
}

/** Clicks every button in `root` (found again after each click, since a click may redraw), waiting for each to finish. */
async function clickEverything(root: () => HTMLElement, skip: (label: string) => boolean = () => false): Promise<Click[]> {
	const done: Click[] = [];
	for (let i = 0; i < 200; i++) {
		const list = clickables(root());
		if (i >= list.length) break;
		const b = list[i]!;
		const label = labelOf(b);
		if (skip(label)) continue;
		const modalsBefore = ui.modals.length;
		const { row, group } = placeOf(b);
		const t0 = performance.now();
		b.click();
		await h.waitFor(() => ui.thenLoops.length > 0 || !busy(root()), DEADLINE_MS);
		await h.settle();
		done.push({ label, ms: Math.round(performance.now() - t0), group, answer: row ? descOf(row) : "" });
		expect(ui.thenLoops, `after clicking "${label}"`).toEqual([]);
		// A button that opened a dialog: every button in it too, then close it as the owner would.
		for (const modal of ui.modals.slice(modalsBefore)) {
			const inner = await clickEverything(() => modal.contentEl, (l) => l === "Go live");
			done.push(...inner.map((c) => ({ ...c, label: `${label} → ${c.label}`, group })));
			modal.close();
		}
	}
	return done;
}

describe("the settings tab's buttons", () => {
	it("every button returns within the deadline and answers on screen, with the fakes behind every connector", async () => {
		const tab = openSettings(h);
		const clicks = await clickEverything(() => tab);
		const labels = clicks.map((c) => c.label);
		expect(labels.filter((l) => l === "Test connection")).toHaveLength(6);
		expect(labels).toContain("Connect Gmail");
		expect(labels).toContain("Disconnect");
		expect(labels).toContain("Copy key");
		for (const c of clicks) expect(c.ms, c.label).toBeLessThan(DEADLINE_MS);

		// What the owner read after each Test connection: each connector answered from its fake.
		const desc = (label: string, group: string) => clicks.find((c) => c.label === label && c.group === group)?.answer;
		expect(desc("Test connection", "Odoo")).toMatch(/^Connected to Odoo 17/);
		expect(desc("Test connection", "Facebook")).toBe(`Connected as Acme Coffee (${meta.pageId}).`);
		expect(desc("Test connection", "Instagram")).toBe(`Connected as @acme.coffee (${meta.igUserId}).`);
		expect(desc("Test connection", "X")).toMatch(/^Connected as @/);
		expect(desc("Test connection", "LinkedIn")).toMatch(/^Connected as Ada Owner/);
		expect(desc("Test connection", "WhatsApp")).toBe("Connected: sending from +1 555-012-3456 (Harbor Yoga), quality rating GREEN.");
		expect(desc("Connect Gmail", "Gmail")).toMatch(/^Connected\. Access granted/);
		// Every service's Connect dialog was opened and each of its buttons clicked too.
		for (const service of ["Odoo", "Facebook", "Instagram", "X", "LinkedIn", "Gmail", "WhatsApp"]) expect(clicks.some((c) => c.group === service && c.label.startsWith("Connect → "))).toBe(true);
		// Connect then Disconnect: the sign-in reached Google and was revoked there again.
		expect(google.received.some((r) => r.path.startsWith("/o/oauth2/v2/auth"))).toBe(true);
		expect(google.received.some((r) => /revoke/.test(r.path))).toBe(true);
		expect(copied).toHaveLength(1);
	});

	it("the guard is real: a promise resolving to a Setting is caught within the deadline instead of hanging", async () => {
		const tab = openSettings(h);
		const { Setting } = await import("obsidian-test-mocks/obsidian");
		const setting = new Setting(tab);
		const outcome = await Promise.resolve()
			.then(() => setting)
			.then(
				() => "settled",
				(err: unknown) => String(err),
			);
		expect(outcome).toMatch(/Thenable loop/);
		expect(ui.thenLoops.length).toBeGreaterThan(0);
		ui.thenLoops.splice(0);
	});
});
