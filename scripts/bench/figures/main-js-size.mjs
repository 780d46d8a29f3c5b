// main_js_kb: the size of the built main.js that Obsidian loads before the user can work (KiB = 1024 bytes).
import { statSync } from "node:fs";
import * as path from "node:path";

export const mainJsKb = {
	name: "main_js_kb",
	unit: "KiB",
	decimals: 1,
	async measure({ root }) {
		return statSync(path.join(root, "main.js")).size / 1024;
	},
};
