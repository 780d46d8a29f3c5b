// The WhatsApp settings in the built plugin, against the Cloud API fake: the ids checked as typed, the guided Connect
// (Meta's pages step by step, the token tested before anything is kept, secrets only in secret storage), and Test
// connection answering within a deadline.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { routedRequestUrl } from "./node-request-url";
import { whatsappRoutes } from "../helpers/routes";
import { buttonIn, descOf, installUi, openSettings, rowNamed, typeInto, type OpenModal, type Ui } from "./ui";
import { startWhatsappFake, type WhatsappFake } from "../fakes/whatsapp/server";

type Plugin = { settings: Record<string, any>; saveSettings(): Promise<void> };

/** How long Test connection may take against a loopback server before it counts as a hang. */
const DEADLINE_MS = 8_000;
const APP_SECRET = "0123456789abcdef0123456789abcdef";
const VERIFY = "harbor-yoga-verify-2026-xyz";

let h: PluginHarness;
let ui: Ui;
let wa: WhatsappFake;
const plugin = () => h.plugin as unknown as Plugin;
const secret = (id: string) => h.app.secretStorage.getSecret(id);

beforeEach(async () => {
	wa = await startWhatsappFake();
	ui = installUi();
	h = await loadPlugin({ http: routedRequestUrl(whatsappRoutes(wa.url, wa.phoneNumberId)) });
	await h.layoutReady();
});

afterEach(async () => {
	await h.dispose();
	ui.restore();
	await wa.close();
});

function input(el: HTMLElement, name: string): HTMLInputElement {
	return rowNamed(el, name).querySelector("input")!;
}

function result(m: OpenModal): string {
	return m.contentEl.querySelector(".ai-employee-connect-result")?.textContent ?? "";
}

async function press(m: OpenModal, label: string): Promise<string> {
	buttonIn(m.contentEl, label).click();
	await h.waitFor(() => !/…$/.test(result(m)) && result(m) !== "", DEADLINE_MS);
	return result(m);
}

/** The WhatsApp group of the settings tab (groupEl > [heading, list of rows]): its rows share names with other groups'. */
function whatsappGroup(tab: HTMLElement): HTMLElement {
	const group = Array.from(tab.querySelectorAll<HTMLElement>("div")).find((d) => d.childElementCount === 2 && d.firstElementChild?.textContent === "WhatsApp");
	if (!group) throw new Error("no WhatsApp group in the settings tab");
	return group;
}

async function openConnect(): Promise<OpenModal> {
	const tab = openSettings(h);
	buttonIn(rowNamed(tab, "Connect WhatsApp"), "Connect").click();
	await h.settle();
	return ui.modals[ui.modals.length - 1]!;
}

describe("WhatsApp settings", () => {
	it("Test connection answers with the sending number within the deadline, and says what is missing without a token", async () => {
		plugin().settings.whatsapp = { account: { phoneNumberId: wa.phoneNumberId } };
		await plugin().saveSettings();
		const tab = whatsappGroup(openSettings(h));
		const row = () => rowNamed(tab, "Test connection");
		const click = async (): Promise<{ ms: number; answer: string }> => {
			const t0 = performance.now();
			buttonIn(row(), "Test connection").click();
			await h.waitFor(() => ui.thenLoops.length > 0 || !/…$/.test(descOf(row())), DEADLINE_MS);
			expect(ui.thenLoops).toEqual([]);
			return { ms: performance.now() - t0, answer: descOf(row()) };
		};
		const without = await click();
		expect(without.answer).toMatch(/^Failed: WhatsApp is not connected: the secret ai-employee-whatsapp-token is empty\. Connect WhatsApp/);
		expect(wa.received).toHaveLength(0);

		h.app.secretStorage.setSecret("ai-employee-whatsapp-token", wa.token);
		const withToken = await click();
		expect(withToken.answer).toBe("Connected: sending from +1 555-012-3456 (Harbor Yoga), quality rating GREEN.");
		expect(withToken.ms).toBeLessThan(DEADLINE_MS);
		expect(wa.received.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v26.0/${wa.phoneNumberId}`]);
	});

	it("checks the ids as typed: a phone number instead of its id is refused with what to enter instead", async () => {
		const tab = openSettings(h);
		typeInto(input(tab, "Phone number ID"), "+1 555 012 3456");
		expect(descOf(rowNamed(tab, "Phone number ID"))).toMatch(/^Not saved: This looks like the phone number itself/);
		expect(plugin().settings.whatsapp.account).toBeNull();
		typeInto(input(tab, "Phone number ID"), wa.phoneNumberId);
		await h.settle();
		expect(plugin().settings.whatsapp.account).toEqual({ phoneNumberId: wa.phoneNumberId });
		typeInto(input(tab, "WhatsApp Business Account ID"), "WABA-1");
		expect(descOf(rowNamed(tab, "WhatsApp Business Account ID"))).toMatch(/^Not saved: The WhatsApp Business Account id is digits only/);
	});

	it("Connect walks through Meta's pages, tests the token before keeping anything, then stores the secrets in secret storage only", async () => {
		const m = await openConnect();
		const text = m.contentEl.textContent ?? "";
		for (const s of ["What you need", "System users", "whatsapp_business_messaging", "whatsapp_business_management", "--webhook-port", "/whatsapp/webhook", "Verify token", "App secret → Show"]) expect(text).toContain(s);

		typeInto(input(m.contentEl, "Access token"), "not a token");
		expect(rowNamed(m.contentEl, "Access token").querySelector(".ai-employee-connect-error")?.textContent).toMatch(/has no spaces/);
		expect(await press(m, "Save and test")).toMatch(/^Fill in Phone number ID, Access token, App secret, Verify token first/);

		typeInto(input(m.contentEl, "Phone number ID"), wa.phoneNumberId);
		typeInto(input(m.contentEl, "WhatsApp Business Account ID"), wa.wabaId);
		typeInto(input(m.contentEl, "Access token"), "EAAexpired-or-wrong");
		typeInto(input(m.contentEl, "App secret"), APP_SECRET);
		typeInto(input(m.contentEl, "Verify token"), VERIFY);
		expect(await press(m, "Save and test")).toMatch(/WhatsApp refused the access token.*Nothing was saved\.$/);
		expect(secret("ai-employee-whatsapp-token")).toBeNull();
		expect(plugin().settings.whatsapp.account).toBeNull();

		typeInto(input(m.contentEl, "Access token"), wa.token);
		expect(await press(m, "Save and test")).toMatch(/^Connected: sending from \+1 555-012-3456 \(Harbor Yoga\).* WhatsApp is on/);
		expect(secret("ai-employee-whatsapp-token")).toBe(wa.token);
		expect(secret("ai-employee-whatsapp-app-secret")).toBe(APP_SECRET);
		expect(secret("ai-employee-whatsapp-verify-token")).toBe(VERIFY);
		expect(plugin().settings.whatsapp.account).toEqual({ phoneNumberId: wa.phoneNumberId, businessAccountId: wa.wabaId, displayNumber: "+1 555-012-3456" });
		// Secrets never reach data.json or the vault (the audit log names the number only).
		const data = JSON.stringify(h.savedData());
		for (const f of h.files()) for (const v of [wa.token, APP_SECRET, VERIFY]) expect((await h.readFile(f)) ?? "", f).not.toContain(v);
		for (const v of [wa.token, APP_SECRET, VERIFY]) expect(data).not.toContain(v);
		m.close();
		expect(descOf(rowNamed(whatsappGroup(openSettings(h)), "Access token"))).toMatch(/Set on this device\.$/);
	});
});
