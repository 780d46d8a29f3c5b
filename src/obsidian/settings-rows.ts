// The rows of the settings tab, described once: both the declarative definitions (1.13+) and display() draw them.
import type { Setting } from "obsidian";
import type { Settings } from "../core/settings/schema";

export interface RowBase {
	/** The control key Obsidian hands back to getControlValue/setControlValue; unique across the tab. */
	key: string;
	name: string;
	desc: string;
}

/** A row that reads and writes one settings value; `set` mutates a candidate copy that is validated before saving. */
export type ValueRow =
	| (RowBase & {
			kind: "text";
			placeholder?: () => string;
			get: (s: Settings) => string;
			set: (c: Settings, v: string) => void;
			/** Why the typed text is refused before it reaches the settings schema (a clearer message), or null. */
			check?: (v: string) => string | null;
	  })
	| (RowBase & { kind: "toggle"; get: (s: Settings) => boolean; set: (c: Settings, v: boolean) => void })
	| (RowBase & { kind: "number"; min?: number; step?: number; get: (s: Settings) => number; set: (c: Settings, v: number) => void });

/** A row drawn by hand (e.g. a secret picker, which has no declarative control). */
export type CustomRow = RowBase & { kind: "custom"; render: (setting: Setting) => void };

export type Row = ValueRow | CustomRow;

export interface Group {
	heading: string;
	rows: Row[];
}


// ---- Rows bound to one settings path: the control key is the path, and get/set read and write that value ----

/** Dotted paths of the settings values of type V ("policy.maxPaymentsPerHour"), two levels deep as the settings are. */
export type SettingsPath<V> = {
	[K in Extract<keyof Settings, string>]: Settings[K] extends V
		? K
		: Settings[K] extends Record<string, unknown>
			? { [L in Extract<keyof Settings[K], string>]: Settings[K][L] extends V ? `${K}.${L}` : never }[Extract<keyof Settings[K], string>]
			: never;
}[Extract<keyof Settings, string>];

function readPath<V>(s: Settings, path: SettingsPath<V>): V {
	let at: unknown = s;
	for (const part of path.split(".")) at = (at as Record<string, unknown>)[part];
	return at as V;
}

function writePath<V>(c: Settings, path: SettingsPath<V>, value: V): void {
	const parts = path.split(".");
	const last = parts.pop() as string;
	let at = c as unknown as Record<string, unknown>;
	for (const part of parts) at = at[part] as Record<string, unknown>;
	at[last] = value;
}

type Text = { name: string; desc: string; placeholder?: () => string; key?: string; clean?: (v: string) => string; check?: (v: string) => string | null };
type Numeric = { name: string; desc: string; min?: number; step?: number; key?: string; minorUnits?: boolean };

/** A text row for one string setting; what is typed is trimmed (or `clean`ed) before it is validated and saved. */
export function textAt(path: SettingsPath<string>, o: Text): Row {
	const clean = o.clean ?? ((v: string) => v.trim());
	return { key: o.key ?? path, kind: "text", name: o.name, desc: o.desc, placeholder: o.placeholder, check: o.check, get: (s) => readPath(s, path), set: (c, v) => writePath(c, path, clean(v)) };
}

/** A toggle row for one boolean setting. */
export function toggleAt(path: SettingsPath<boolean>, name: string, desc: string): Row {
	return { key: path, kind: "toggle", name, desc, get: (s) => readPath(s, path), set: (c, v) => writePath(c, path, v) };
}

/** A number row for one whole-number setting; with `minorUnits` the owner types main-currency amounts (cents stored). */
export function numberAt(path: SettingsPath<number>, o: Numeric): Row {
	const scale = o.minorUnits ? 100 : 1;
	return {
		key: o.key ?? path,
		kind: "number",
		name: o.name,
		desc: o.desc,
		min: o.min,
		step: o.step,
		get: (s) => readPath(s, path) / scale,
		set: (c, v) => writePath(c, path, Math.round(v * scale)),
	};
}
