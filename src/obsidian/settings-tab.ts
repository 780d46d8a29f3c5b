// The settings tab: General, Approval policy, and one group per connector (filled in by the connector issues).
// One list of rows feeds both renderers: declarative definitions on Obsidian 1.13+ (searchable in the app's settings)
// and the imperative display() for 1.11.4–1.12, so a row is described once.
import { type App, type Plugin, PluginSettingTab, type Setting, SettingGroup, type SettingDefinitionItem, type SettingGroupItem } from "obsidian";
import { parseSettings } from "../core/settings/parse";
import type { Settings } from "../core/settings/schema";
import type { PluginContext, SettingsTabContext } from "./plugin-context";
import type { Group, Row } from "./settings-rows";
import { GoLiveModal } from "./status-view";
import { whatsappSettingsGroups } from "./settings/whatsapp";
import { generalGroup, heldGroup } from "./settings/general";
import { notificationsGroup, policyGroup } from "./settings/policy";

/** More groups (connectors, watchers, briefing, status): each module hands its rows here. */
export type GroupSource = (ctx: PluginContext, redraw: () => void) => Group[];

export class AiEmployeeSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly ctx: SettingsTabContext,
		private readonly extraGroups: GroupSource[] = [],
	) {
		super(app, plugin);
	}

	/** The tab, top to bottom: one section function per group. */
	private groups(): Group[] {
		return [
			...heldGroup(this.ctx),
			generalGroup(this.ctx, (setting) => this.dryRunToggle(setting)),
			policyGroup(),
			notificationsGroup(),
			...this.extraGroups.flatMap((g) => g(this.ctx, () => this.draw())),
			...whatsappSettingsGroups(this.ctx, () => this.draw()),
		];
	}

	private rows(): Row[] {
		return this.groups().flatMap((g) => g.rows);
	}

	/** The reason a change would be refused, or null when the changed settings are valid. */
	private check(mutate: (candidate: Settings) => void): { settings: Settings; error: string | null } {
		const candidate = structuredClone(this.ctx.settings);
		mutate(candidate);
		const { settings, problems } = parseSettings(candidate);
		return { settings, error: problems.length > 0 ? problems.map((p) => `${p.key} ${p.message}`).join("; ") : null };
	}

	/** Validates a change with the same schema as stored settings and saves it; refuses it when invalid. */
	private async apply(mutate: (candidate: Settings) => void): Promise<string | null> {
		const { settings, error } = this.check(mutate);
		if (error) return error;
		this.ctx.settings = settings;
		await this.ctx.saveSettings();
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
			toggle.setValue(this.ctx.settings.dryRun).onChange((on) => {
				if (quiet) return;
				if (on) {
					void this.apply((c) => (c.dryRun = true));
					return;
				}
				if (!this.ctx.settings.dryRun) return;
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
		return row && row.kind !== "custom" ? row.get(this.ctx.settings) : undefined;
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
		const s = this.ctx.settings;
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
