import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigDir } from "../../src/node/config-dir";
import { tempDir } from "./helpers";

describe("finding the vault's config folder", () => {
	it("is null for a plain folder that was never opened in Obsidian", async () => {
		const vault = tempDir();
		mkdirSync(path.join(vault, ".git"));
		expect(await findConfigDir(vault)).toBeNull();
		expect(await findConfigDir(path.join(vault, "missing"))).toBeNull();
	});

	it("recognises Obsidian's config folder by its files, whatever its name", async () => {
		const vault = tempDir();
		mkdirSync(path.join(vault, ".git"));
		mkdirSync(path.join(vault, ".vaultconfig"));
		writeFileSync(path.join(vault, ".vaultconfig/app.json"), "{}");
		expect(await findConfigDir(vault)).toBe(".vaultconfig");
	});

	it("prefers the folder that holds this plugin's settings", async () => {
		const vault = tempDir();
		mkdirSync(path.join(vault, ".obsidian"));
		writeFileSync(path.join(vault, ".obsidian/app.json"), "{}");
		mkdirSync(path.join(vault, ".obsidian-mobile/plugins/ai-employee"), { recursive: true });
		writeFileSync(path.join(vault, ".obsidian-mobile/plugins/ai-employee/data.json"), "{}");
		expect(await findConfigDir(vault)).toBe(".obsidian-mobile");
	});
});
