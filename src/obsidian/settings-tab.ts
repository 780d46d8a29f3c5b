// The settings tab: General, Approval policy, and one group per connector (filled in by the connector issues).
// One list of rows feeds both renderers: declarative definitions on Obsidian 1.13+ (searchable in the app's settings)
// and the imperative display() for 1.11.4–1.12, so a row is described once.
import { type App, PluginSettingTab, type Setting, SettingGroup, type SettingDefinitionItem, type SettingGroupItem } from "obsidian";
import type AiEmployeePlugin from "../main";
import { parseSettings } from "../core/settings/parse";
import type { Settings } from "../core/settings/schema";
import type { Group, Row } from "./settings-rows";
import { GoLiveModal } from "./status-view";
import { currencyProblem, normaliseCurrency } from "./settings/currency";
import { whatsappSettingsGroups } from "./settings/whatsapp";

/** More groups (connectors, watchers, briefing, status): each module hands its rows here. */
export type GroupSource = (plugin: AiEmployeePlugin, redraw: () => void) => Group[];

function systemTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export class AiEmployeeSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: AiEmployeePlugin,
		private readonly extraGroups: GroupSource[] = [],
	) {
		super(app, plugin);
	}

	private groups(): Group[] {
		const held = this.plugin.heldChanges();
		const heldGroup: Group[] =
			held.length === 0
				? []
				: [
						{
							heading: "Changes waiting for you",
							rows: [
								{
									key: "safety.held",
									kind: "custom",
									name: "Safety or address changes made outside this tab",
									desc: `Not applied: ${held.join("; ")}. They came from the settings file (edited, synced or written by another program). Accept them only if you made them.`,
									render: (setting) => {
										setting.addButton((b) =>
											b
												.setButtonText("Accept these changes")
												.setCta()
												.onClick(() => {
													b.setDisabled(true).setButtonText("Accepted");
													void this.plugin.acceptHeldChanges();
												}),
										);
									},
								},
							],
						},
					];
		return [
			...heldGroup,
			{
				heading: "General",
				rows: [
					{
						key: "rootFolder",
						kind: "text",
						name: "Root folder",
						desc: "Vault folder that holds the dashboard, the request folders and the logs.",
						get: (s) => s.rootFolder,
						set: (c, v) => (c.rootFolder = v.trim()),
					},
					{
						key: "dryRun",
						kind: "custom",
						name: "Dry run",
						desc: "When on, approved requests are only previewed: nothing is sent to Odoo, social networks or email. Turning it off asks first.",
						render: (setting) => this.dryRunToggle(setting),
					},
					{
						key: "currency",
						kind: "text",
						name: "Currency",
						desc: "Your main currency, as a three-letter ISO 4217 code (USD, EUR, GBP…): new invoices default to it and the policy amounts below are in it.",
						placeholder: () => "USD",
						get: (s) => s.currency,
						set: (c, v) => (c.currency = normaliseCurrency(v)),
						check: currencyProblem,
					},
					{
						key: "timeZone",
						kind: "text",
						name: "Time zone",
						desc: "Time zone for logs, schedules and briefings; the placeholder shows this computer's. Leave empty to use it.",
						placeholder: systemTimeZone,
						get: (s) => s.timeZone,
						set: (c, v) => (c.timeZone = v.trim()),
					},
					{
						key: "device.executor",
						kind: "custom",
						name: "This device executes approved requests",
						desc: "Only one device (or the headless runner) should send approved requests. Stored on this device only; it does not sync.",
						render: (setting) => {
							setting.addToggle((t) =>
								t.setValue(this.plugin.executorSetting).onChange((v) => {
									this.plugin.isExecutor = v;
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
									const key = this.plugin.engine?.deps.approvalKey();
									if (key) void navigator.clipboard.writeText(key);
								}),
							);
						},
					},
				],
			},
			{
				heading: "Approval policy",
				rows: [
					{
						key: "policy.autoApproveScheduledPosts",
						kind: "toggle",
						name: "Auto-approve scheduled posts",
						desc: "Scheduled posts you wrote through the plugin run without a click (still subject to dry run). Posts drafted from emails or by agents always ask.",
						get: (s) => s.policy.autoApproveScheduledPosts,
						set: (c, v) => (c.policy.autoApproveScheduledPosts = v),
					},
					{
						key: "policy.autoApproveRecurringPaymentsBelow",
						kind: "number",
						name: "Auto-approve recurring payments below",
						desc: "Recurring payments to a known payee below this amount (main currency) run without a click. Zero turns the rule off.",
						min: 0,
						step: 0.01,
						get: (s) => s.policy.autoApproveRecurringPaymentsBelowMinor / 100,
						set: (c, v) => (c.policy.autoApproveRecurringPaymentsBelowMinor = Math.round(v * 100)),
					},
					{
						key: "policy.alwaysAskAbove",
						kind: "number",
						name: "Always ask above",
						desc: "Amounts above this (main currency) always need your click, whatever other rule matches.",
						min: 0,
						step: 0.01,
						get: (s) => s.policy.alwaysAskAboveMinor / 100,
						set: (c, v) => (c.policy.alwaysAskAboveMinor = Math.round(v * 100)),
					},
					{
						key: "policy.maxPaymentsPerHour",
						kind: "number",
						name: "Payments per hour",
						desc: "More approved payments than this in an hour wait for the next free slot.",
						min: 0,
						step: 1,
						get: (s) => s.policy.maxPaymentsPerHour,
						set: (c, v) => (c.policy.maxPaymentsPerHour = Math.round(v)),
					},
					{
						key: "policy.maxEmailsPerHour",
						kind: "number",
						name: "Emails per hour",
						desc: "More approved emails than this in an hour wait for the next free slot.",
						min: 0,
						step: 1,
						get: (s) => s.policy.maxEmailsPerHour,
						set: (c, v) => (c.policy.maxEmailsPerHour = Math.round(v)),
					},
					{
						key: "policy.maxPostsPerHour",
						kind: "number",
						name: "Posts per hour",
						desc: "More approved posts and replies than this in an hour wait for the next free slot.",
						min: 0,
						step: 1,
						get: (s) => s.policy.maxPostsPerHour,
						set: (c, v) => (c.policy.maxPostsPerHour = Math.round(v)),
					},
					{
						key: "policy.floodThreshold",
						kind: "number",
						name: "Flood threshold",
						desc: "More new requests than this from one writer within the flood window are grouped into one review card.",
						min: 1,
						step: 1,
						get: (s) => s.policy.floodThreshold,
						set: (c, v) => (c.policy.floodThreshold = Math.round(v)),
					},
					{
						key: "policy.floodWindowMinutes",
						kind: "number",
						name: "Flood window (minutes)",
						desc: "The window the flood threshold counts in.",
						min: 1,
						step: 1,
						get: (s) => s.policy.floodWindowMinutes,
						set: (c, v) => (c.policy.floodWindowMinutes = Math.round(v)),
					},
					{
						key: "policy.recurringTolerancePercent",
						kind: "number",
						name: "Recurring payment tolerance (percent)",
						desc: "A payment marked recurring is auto-approved only when Odoo shows earlier bills of the same payee within this difference.",
						min: 0,
						step: 1,
						get: (s) => s.policy.recurringTolerancePercent,
						set: (c, v) => (c.policy.recurringTolerancePercent = Math.round(v)),
					},
					{
						key: "policy.acceptHandMovedApprovals",
						kind: "toggle",
						name: "Accept hand-moved approvals",
						desc: "When on, a request moved into the approved folder by hand counts as approved. Off by default: anyone with access to the vault could move a file.",
						get: (s) => s.policy.acceptHandMovedApprovals,
						set: (c, v) => (c.policy.acceptHandMovedApprovals = v),
					},
				],
			},
			{
				heading: "Notifications",
				rows: [
					{ key: "notifications.approvals", kind: "toggle", name: "Approvals waiting", desc: "A notice when a request needs your approval.", get: (s) => s.notifications.approvals, set: (c, v) => (c.notifications.approvals = v) },
					{ key: "notifications.failures", kind: "toggle", name: "Failures", desc: "A notice when a request or a watcher fails.", get: (s) => s.notifications.failures, set: (c, v) => (c.notifications.failures = v) },
					{ key: "notifications.auth", kind: "toggle", name: "Sign-in problems", desc: "A notice when a service refuses its credentials.", get: (s) => s.notifications.auth, set: (c, v) => (c.notifications.auth = v) },
				],
			},
			...this.extraGroups.flatMap((g) => g(this.plugin, () => this.draw())),
			...whatsappSettingsGroups(this.plugin, () => this.draw()),
		];
	}

	private rows(): Row[] {
		return this.groups().flatMap((g) => g.rows);
	}

	/** The reason a change would be refused, or null when the changed settings are valid. */
	private check(mutate: (candidate: Settings) => void): { settings: Settings; error: string | null } {
		const candidate = structuredClone(this.plugin.settings);
		mutate(candidate);
		const { settings, problems } = parseSettings(candidate);
		return { settings, error: problems.length > 0 ? problems.map((p) => `${p.key} ${p.message}`).join("; ") : null };
	}

	/** Validates a change with the same schema as stored settings and saves it; refuses it when invalid. */
	private async apply(mutate: (candidate: Settings) => void): Promise<string | null> {
		const { settings, error } = this.check(mutate);
		if (error) return error;
		this.plugin.settings = settings;
		await this.plugin.saveSettings();
		return null;
	}

	/**
	 * The dry-run switch: turning it on saves at once (it only tightens); turning it off asks first, as the status view
	 * does, and stays on unless the owner confirms.
	 */
	private dryRunToggle(setting: Setting): void {
		setting.addToggle((toggle) => {
			let quiet = false;
			const show = (on: boolean): void => {
				quiet = true;
				toggle.setValue(on);
				quiet = false;
			};
			toggle.setValue(this.plugin.settings.dryRun).onChange((on) => {
				if (quiet) return;
				if (on) {
					void this.apply((c) => (c.dryRun = true));
					return;
				}
				if (!this.plugin.settings.dryRun) return;
				show(true);
				new GoLiveModal(this.app, () => {
					void this.apply((c) => (c.dryRun = false)).then((error) => {
						show(error !== null);
						setting.setDesc(error ? `Not saved: ${error}.` : "Live: approved requests are sent for real. Turn this on again to only preview them.");
					});
				}).open();
			});
		});
	}

	// ---- Obsidian 1.13+: declarative definitions (shown in the app's settings search) ----

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.groups().map((group) => ({
			type: "group",
			heading: group.heading,
			items: group.rows.map((row) => this.definition(row)),
		}));
	}

	private definition(row: Row): SettingGroupItem {
		const base = { name: row.name, desc: row.desc };
		const validate = (mutate: (c: Settings) => void): string | undefined => this.check(mutate).error ?? undefined;
		switch (row.kind) {
			case "text":
				return {
					...base,
					control: { type: "text", key: row.key, placeholder: row.placeholder?.(), validate: (v: string) => row.check?.(v) ?? validate((c) => row.set(c, v)) },
				};
			case "toggle":
				return { ...base, control: { type: "toggle", key: row.key } };
			case "number":
				return {
					...base,
					control: { type: "number", key: row.key, min: row.min, step: row.step, validate: (v: number) => validate((c) => row.set(c, v)) },
				};
			case "custom":
				return { ...base, render: (setting: Setting) => row.render(setting) };
		}
	}

	override getControlValue(key: string): unknown {
		const row = this.rows().find((r) => r.key === key);
		return row && row.kind !== "custom" ? row.get(this.plugin.settings) : undefined;
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const row = this.rows().find((r) => r.key === key);
		if (!row) return;
		if (row.kind === "text" && typeof value === "string") {
			if (!row.check?.(value)) await this.apply((c) => row.set(c, value));
		}
		else if (row.kind === "toggle" && typeof value === "boolean") await this.apply((c) => row.set(c, value));
		else if (row.kind === "number" && typeof value === "number") await this.apply((c) => row.set(c, value));
	}

	// ---- Obsidian 1.11.4–1.12: the same rows, drawn imperatively (1.13+ never calls display() when definitions exist) ----

	override display(): void {
		this.draw();
	}

	/** Draws every row again (also after a Connect dialog changed settings). */
	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of this.groups()) {
			const settingGroup = new SettingGroup(containerEl).setHeading(group.heading);
			for (const row of group.rows) settingGroup.addSetting((setting) => this.drawRow(setting, row));
		}
	}

	private drawRow(setting: Setting, row: Row): void {
		setting.setName(row.name).setDesc(row.desc);
		const s = this.plugin.settings;
		const save = async (mutate: (c: Settings) => void): Promise<void> => {
			const error = await this.apply(mutate);
			setting.setDesc(error ? `Not saved: ${error}.` : row.desc);
		};
		switch (row.kind) {
			case "text":
				setting.addText((text) => {
					if (row.placeholder) text.setPlaceholder(row.placeholder());
					text.setValue(row.get(s)).onChange((v) => {
						const problem = row.check?.(v);
						if (problem) setting.setDesc(`Not saved: ${problem}.`);
						else void save((c) => row.set(c, v));
					});
				});
				return;
			case "toggle":
				setting.addToggle((toggle) => toggle.setValue(row.get(s)).onChange((v) => void save((c) => row.set(c, v))));
				return;
			case "number":
				setting.addText((text) =>
					text.setValue(String(row.get(s))).onChange((v) => {
						const n = Number(v.trim());
						if (v.trim() === "" || !Number.isFinite(n)) setting.setDesc(`Not saved: "${v}" is not a number.`);
						else void save((c) => row.set(c, n));
					}),
				);
				return;
			case "custom":
				row.render(setting);
				return;
		}
	}
}
