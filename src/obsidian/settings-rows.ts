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

