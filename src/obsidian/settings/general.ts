// The settings tab's first groups: changes held for the owner, and General (folder, dry run, currency, zone, device).
import type { Setting } from "obsidian";
import type { SettingsTabContext } from "../plugin-context";
import { textAt, type Group } from "../settings-rows";
import { currencyProblem, normaliseCurrency } from "./currency";

function systemTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Safety or address changes that came from outside the tab, with one Accept button; no group when there are none. */
export function heldGroup(ctx: SettingsTabContext): Group[] {
	const held = ctx.heldChanges();
	if (held.length === 0) return [];
	const render = (setting: Setting): void => {
		setting.addButton((b) =>
			b
				.setButtonText("Accept these changes")
				.setCta()
				.onClick(() => {
					b.setDisabled(true).setButtonText("Accepted");
					void ctx.acceptHeldChanges();
				}),
		);
	};
	const desc = `Not applied: ${held.join("; ")}. They came from the settings file (edited, synced or written by another program). Accept them only if you made them.`;
	return [{ heading: "Changes waiting for you", rows: [{ key: "safety.held", kind: "custom", name: "Safety or address changes made outside this tab", desc, render }] }];
}

/** General: the folder, dry run (drawn by the tab, which asks before going live), currency, zone and this device. */
export function generalGroup(ctx: SettingsTabContext, dryRunToggle: (setting: Setting) => void): Group {
	return {
		heading: "General",
		rows: [
			textAt("rootFolder", { name: "Root folder", desc: "Vault folder that holds the dashboard, the request folders and the logs." }),
			{
				key: "dryRun",
				kind: "custom",
				name: "Dry run",
				desc: "When on, approved requests are only previewed: nothing is sent to Odoo, social networks or email. Turning it off asks first.",
				render: dryRunToggle,
			},
			textAt("currency", {
				name: "Currency",
				desc: "Your main currency, as a three-letter ISO 4217 code (USD, EUR, GBP…): new invoices default to it and the policy amounts below are in it.",
				placeholder: () => "USD",
				clean: normaliseCurrency,
				check: currencyProblem,
			}),
			textAt("timeZone", { name: "Time zone", desc: "Time zone for logs, schedules and briefings; the placeholder shows this computer's. Leave empty to use it.", placeholder: systemTimeZone }),
			{
				key: "device.executor",
				kind: "custom",
				name: "This device executes approved requests",
				desc: "Only one device (or the headless runner) should send approved requests. Stored on this device only; it does not sync.",
				render: (setting) => {
					setting.addToggle((t) =>
						t.setValue(ctx.executor.chosen).onChange((v) => {
							ctx.executor.choose(v, ctx.engine);
						}),
					);
				},
			},
			{
				key: "device.approvalKey",
				kind: "custom",
				name: "Approval key",
				desc: "Signs your approvals; kept in this device's secret storage, never in the vault. Copy it into the headless runner's AI_EMPLOYEE_APPROVAL_KEY if that machine executes requests.",
				render: (setting) => {
					setting.addButton((b) =>
						b.setButtonText("Copy key").onClick(() => {
							const key = ctx.approvalKey();
							if (key) void navigator.clipboard.writeText(key);
						}),
					);
				},
			},
		],
	};
}
