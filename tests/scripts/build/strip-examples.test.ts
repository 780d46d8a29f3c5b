// The shipped invoice reader goes without its tables' examples (they are tests): the build swaps each `examples` value
// for 0 and nothing else, and the reader built that way decides an email exactly as the source does.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import esbuild from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { stripExamples, stripInvoiceExamples } from "../../../scripts/build/strip-examples.mjs";

const repo = path.resolve(__dirname, "../../..");

/** A CommonJS module body as a function of module, exports and require, as Node wraps one. */
function commonJs(code: string): (module: { exports: object }, exports: object, require: NodeJS.Require) => void {
	return vm.runInThisContext(`(function (module, exports, require) {${code}\n})`) as (module: { exports: object }, exports: object, require: NodeJS.Require) => void;
}

describe("leaving the tables' examples out of the shipped reader", () => {
	it("swaps every examples value for 0, and leaves strings and other fields as written", () => {
		const source = [
			`export const ROWS = [`,
			`\t{ id: "a", says: "a row (examples: none)", phrases: ["bitte"], examples: { asks: ["Rechnung bitte"], not: ["Danke"] } },`,
			`\t{ id: "b", examples: ["x", "y"], flag: true },`,
			`];`,
		].join("\n");
		const out = stripExamples(source, "rows.ts") as string;
		expect(out).toContain(`says: "a row (examples: none)"`);
		expect(out).toContain(`phrases: ["bitte"], examples: 0 }`);
		expect(out).toContain(`examples: 0, flag: true`);
		expect(out).not.toContain("Rechnung bitte");
		// Still TypeScript that compiles to the same table without the examples.
		const js = ts.transpileModule(out, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
		const mod = { exports: {} as { ROWS?: unknown } };
		commonJs(js)(mod, mod.exports, require);
		expect(mod.exports.ROWS).toEqual([
			{ id: "a", says: "a row (examples: none)", phrases: ["bitte"], examples: 0 },
			{ id: "b", examples: 0, flag: true },
		]);
	});

	it("a reader bundled without them drafts the same invoice and asks the same question", async () => {
		const probe = path.join(repo, "tests/scripts/build/strip-examples-probe.ts");
		const build = async (plugins: esbuild.Plugin[]) =>
			(await esbuild.build({ entryPoints: [probe], bundle: true, platform: "node", format: "cjs", write: false, logLevel: "silent", absWorkingDir: repo, plugins })).outputFiles[0]!.text;
		const run = (code: string) => {
			const mod = { exports: {} as { decisions?: () => unknown } };
			commonJs(code)(mod, mod.exports, require);
			return mod.exports.decisions!();
		};
		const [full, stripped] = await Promise.all([build([]), build([stripInvoiceExamples()])]);
		// A sentence that is only an example in requests.ts is gone from the stripped bundle.
		const example = "Chuck us an invoice when you get a sec.";
		expect(readFileSync(path.join(repo, "src/connectors/gmail/invoice/requests.ts"), "utf8")).toContain(example);
		expect(full).toContain(example);
		expect(stripped).not.toContain(example);
		expect(stripped.length).toBeLessThan(full.length * 0.85);
		const decided = run(stripped);
		expect(decided).toEqual(run(full));
		expect(JSON.stringify(decided)).toContain('"kind":"draft"');
		expect(JSON.stringify(decided)).toContain('"kind":"clarify"');
	}, 60_000);
});
