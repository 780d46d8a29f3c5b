// Upgrades stored settings from older versions to the current shape, one step per version.
import { SETTINGS_VERSION } from "./schema";
import type { SettingsProblem } from "./problems";

type Raw = Record<string, unknown>;

/** Steps keyed by the version they upgrade from. Version 0 is the unversioned shape of early builds. */
const steps: Record<number, (raw: Raw) => Raw> = {
	0: (raw) => {
		// Early builds stored `folder` and a flat `autoApproveLimit` in dollars.
		const { folder, autoApproveLimit, ...rest } = raw;
		const out: Raw = { ...rest, version: 1 };
		if (typeof folder === "string" && rest.rootFolder === undefined) out.rootFolder = folder;
		if (typeof autoApproveLimit === "number") {
			const policy = typeof rest.policy === "object" && rest.policy !== null ? { ...(rest.policy as Raw) } : {};
			policy.autoApproveRecurringPaymentsBelowMinor ??= Math.round(autoApproveLimit * 100);
			out.policy = policy;
		}
		return out;
	},
};

export function migrateSettings(raw: unknown, problems: SettingsProblem[]): unknown {
	if (raw === null || raw === undefined) return {};
	if (typeof raw !== "object" || Array.isArray(raw)) {
		problems.push({ key: "(all)", message: "stored settings are not an object" });
		return {};
	}
	let data = raw as Raw;
	let version = typeof data.version === "number" ? data.version : 0;
	if (version > SETTINGS_VERSION) {
		problems.push({ key: "version", message: `is ${version}, newer than this plugin understands (${SETTINGS_VERSION}); update the plugin` });
		return data;
	}
	while (version < SETTINGS_VERSION) {
		const step = steps[version];
		if (!step) break;
		data = step(data);
		version += 1;
	}
	return { ...data, version: SETTINGS_VERSION };
}
