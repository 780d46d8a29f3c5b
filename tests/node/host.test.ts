import { describe, expect, it } from "vitest";
import type { SecretStore } from "../../src/core/ports";
import { createNodeHost, deviceIdFrom, EnvSecrets, StdoutNotifier, timeZoneFrom } from "../../src/node/host";
import { tempDir } from "./helpers";

describe("Node host", () => {
	it("reads secrets from environment variables named after the secret", () => {
		const secrets = new EnvSecrets({ AI_EMPLOYEE_ODOO_API_KEY: "k-123", AI_EMPLOYEE_EMPTY: "" });
		expect(secrets.get("ai-employee-odoo-api-key")).toBe("k-123");
		expect(secrets.get("ai-employee-empty")).toBeNull();
		expect(secrets.get("ai-employee-x-token")).toBeNull();
	});

	it("refuses to store a secret and names the environment variable to set instead", () => {
		const secrets: SecretStore = new EnvSecrets({});
		expect(() => secrets.set("ai-employee-approval-key", "v")).toThrow("Set the environment variable AI_EMPLOYEE_APPROVAL_KEY");
	});

	it("prints notices as prefixed lines", () => {
		const lines: string[] = [];
		const n = new StdoutNotifier((l) => lines.push(l));
		n.notify("Two requests wait for your approval.", "approval");
		n.notify("Vault set up.");
		expect(lines).toEqual(["[ai-employee approval] Two requests wait for your approval.\n", "[ai-employee] Vault set up.\n"]);
	});

	it("takes the time zone from TZ when it names a real zone, else the system's", () => {
		expect(timeZoneFrom({ TZ: "Europe/Berlin" })).toBe("Europe/Berlin");
		expect(timeZoneFrom({ TZ: ":America/New_York" })).toBe("America/New_York");
		const system = Intl.DateTimeFormat().resolvedOptions().timeZone;
		expect(timeZoneFrom({ TZ: "Not/AZone" })).toBe(system);
		expect(timeZoneFrom({})).toBe(system);
	});

	it("names the runner after the machine unless AI_EMPLOYEE_DEVICE_ID says otherwise", () => {
		expect(deviceIdFrom({}, "Office-Mac.local")).toBe("office-mac-local");
		expect(deviceIdFrom({ AI_EMPLOYEE_DEVICE_ID: "vps-1" }, "whatever")).toBe("vps-1");
		expect(deviceIdFrom({}, "...")).toBe("headless");
	});

	it("builds a host whose vault is the given folder and whose clock runs in real time", async () => {
		const dir = tempDir();
		const host = createNodeHost({ vaultDir: dir, env: { TZ: "UTC" }, write: () => undefined });
		await host.vault.write("a.md", "x");
		expect(await host.vault.read("a.md")).toBe("x");
		expect(host.timeZone).toBe("UTC");
		expect(Math.abs(host.clock.now() - Date.now())).toBeLessThan(1000);
		expect(host.yaml.parse("a: 1")).toEqual({ a: 1 });
		const fired = await new Promise<boolean>((resolve) => {
			host.clock.setTimeout(() => resolve(true), 5);
		});
		expect(fired).toBe(true);
	});
});
