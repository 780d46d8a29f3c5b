// Lint setup: the Obsidian directory's review rules for the plugin's sources, the engine boundary, and a lighter set for tests and scripts.
import { builtinModules } from "node:module";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
// The plugin replaces (does not extend) its default brand and acronym lists when options are given, so we add to them.
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";
import { DEFAULT_ACRONYMS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/acronyms.js";
import { restrictedGlobalsOptions, restrictedImportsOptions } from "eslint-plugin-obsidianmd/dist/lib/ruleOptions.js";
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";

const brands = [
	...DEFAULT_BRANDS,
	"AI Employee",
	"Odoo",
	"Gmail",
	"Google",
	"Facebook",
	"Instagram",
	"Meta",
	"X",
	"LinkedIn",
	"Obsidian",
];
const acronyms = [...DEFAULT_ACRONYMS, "JSON", "CSV", "API", "OAuth", "URL", "IBAN", "CEO", "MAC", "IANA", "VAT", "JSONL", "SMTP", "IMAP"];

// Node built-ins by bare name (the `node:` forms are caught by a pattern below).
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith("_") && !m.startsWith("node:"));

const CORE_MESSAGE =
	"src/core is the host-independent engine: it must not import 'obsidian', Electron or Node built-ins. Ask for what you need through a port in src/core/ports.ts.";
const CONNECTOR_MESSAGE =
	"Connectors must not import 'obsidian' or a host (src/obsidian, src/node): the host hands connectors what they need.";

// Keep the plugin's own restricted imports (axios, moment, …) when adding ours: flat config replaces a rule's options wholesale.
const coreRestrictedImports = [
	"error",
	{
		paths: [
			...restrictedImportsOptions,
			{ name: "obsidian", message: CORE_MESSAGE },
			{ name: "electron", message: CORE_MESSAGE },
			...nodeBuiltins.map((name) => ({ name, message: CORE_MESSAGE })),
		],
		patterns: [
			{ regex: "^node:", message: CORE_MESSAGE },
			{ regex: "^obsidian/", message: CORE_MESSAGE },
			{
				regex: "/(obsidian|node|connectors)(/|$)",
				message: "src/core must not import a host (src/obsidian, src/node) or a connector: the host hands the engine its connectors.",
			},
		],
	},
];

// Host globals have no place in the engine either; timers come from the Clock port so tests can drive time.
const coreRestrictedGlobals = [
	"error",
	...restrictedGlobalsOptions,
	...["process", "require", "Buffer", "__dirname", "__filename", "global"].map((name) => ({
		name,
		message: "src/core runs in Obsidian and in Node: reach the outside through a port in src/core/ports.ts.",
	})),
	...["window", "document", "activeWindow", "activeDocument", "navigator"].map((name) => ({
		name,
		message: "src/core has no DOM (the Node host runs it too): reach the outside through a port in src/core/ports.ts.",
	})),
	...["setTimeout", "setInterval", "clearTimeout", "clearInterval", "setImmediate", "queueMicrotask"].map((name) => ({
		name,
		message: "src/core takes time from the Clock port (host.clock), so hosts own timers and tests control time.",
	})),
];

const connectorRestrictedImports = [
	"error",
	{
		paths: [...restrictedImportsOptions, { name: "obsidian", message: CONNECTOR_MESSAGE }],
		patterns: [
			{ regex: "^obsidian/", message: CONNECTOR_MESSAGE },
			{ regex: "/(obsidian|node)(/|$)", message: CONNECTOR_MESSAGE },
		],
	},
];

// Every obsidianmd rule, turned off: for code the directory review does not read (tests, scripts, *.mjs).
const obsidianmdOff = Object.fromEntries(Object.keys(obsidianmd.rules).map((name) => [`obsidianmd/${name}`, "off"]));

// The plugin's `no-console` wrapper, minus the console part (tests and scripts print).
const customMessageWithoutConsole = [
	"error",
	{
		"no-new-func": {
			messages: {
				"The Function constructor is eval":
					"Using the `Function` constructor is dangerous because it executes arbitrary code, similar to `eval()`",
			},
		},
	},
];

export default defineConfig([
	{
		ignores: [
			"node_modules/",
			"main.js",
			"dist/",
			"demo-vault/",
			"release/",
			"coverage/",
			".bench/",
			"screenshots/",
			"**/*.map",
			"data.json",
			"package-lock.json",
		],
	},

	...obsidianmd.configs.recommended,

	// Type information for every TypeScript file (tsconfig.json covers src/ and tests/; root *.ts such as vitest.config.ts use the default project).
	{
		files: ["**/*.{ts,cts,mts,tsx}"],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["*.ts", "*.mts", "*.cts"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},

	// Plugin and engine sources: the review's rules, with our brands for sentence case.
	{
		files: ["src/**/*.ts"],
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { brands, acronyms, enforceCamelCaseLower: true }],
		},
	},

	// The engine never sees Obsidian or Node: it talks to the outside through ports.
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": coreRestrictedImports,
			"no-restricted-globals": coreRestrictedGlobals,
		},
	},

	// Every Obsidian component (Setting, ButtonComponent, …) has a chaining `then(cb)`: a promise that resolves to one
	// adopts it as a thenable and spins forever (the app freezes at 100 % CPU). `.then((t) => setting.setDesc(t))`
	// resolves to the Setting, so callbacks of then/catch/finally in the plugin's UI code take a block body.
	{
		files: ["src/main.ts", "src/obsidian/**/*.ts"],
		rules: {
			"no-restricted-syntax": [
				"error",
				{
					selector:
						"CallExpression[callee.type='MemberExpression'][callee.property.name=/^(then|catch|finally)$/] > ArrowFunctionExpression[expression=true]:matches([body.type='CallExpression'], [body.type='AwaitExpression'], [body.type='ChainExpression'], [body.type='SequenceExpression'], [body.type='LogicalExpression'], [body.type='ConditionalExpression'], [body.type='AssignmentExpression'])",
					message:
						"A then/catch/finally callback in UI code must not return what it calls: Obsidian components are thenables, and a promise resolving to one never settles (the app freezes). Use a block body: (x) => { setting.setDesc(x); }.",
				},
				{
					selector: "ArrowFunctionExpression[async=true][expression=true]:matches([body.type='CallExpression'], [body.type='ChainExpression'])",
					message:
						"An async arrow in UI code must not return what it calls: if that is an Obsidian component (a thenable), the promise never settles and the app freezes. Use a block body.",
				},
			],
		},
	},

	// The hosts are siblings: neither imports the other. What both need lives in src/platform (or comes from the assembly).
	{
		files: ["src/obsidian/**/*.ts"],
		rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: [...restrictedImportsOptions], patterns: [{ regex: "/node(/|$)", message: "src/obsidian must not import the Node host (src/node): put what both hosts share in src/platform." }] }] },
	},
	{
		files: ["src/node/**/*.ts"],
		rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: [...restrictedImportsOptions], patterns: [{ regex: "/obsidian(/|$)", message: "src/node must not import the Obsidian host (src/obsidian): put what both hosts share in src/platform." }] }] },
	},

	// The code stays readable: no function over 60 lines anywhere in src (a longer one is split into its named steps), and
	// main.ts only wires parts (domain logic lives in its own modules).
	{
		files: ["src/**/*.ts"],
		rules: { "max-lines-per-function": ["error", { max: 60 }] },
	},
	{
		files: ["src/main.ts"],
		rules: { "max-lines": ["error", { max: 119 }] },
	},

	// A connector speaks its wire protocol; it never reaches into a host.
	{
		files: ["src/connectors/**/*.ts"],
		rules: { "@typescript-eslint/no-restricted-imports": connectorRestrictedImports },
	},

	// The repository's files the review validates: manifest.json and LICENSE.
	{
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		files: ["LICENSE"],
		languageOptions: { parser: PlainTextParser },
		// Without this, CI would start failing every 1 January until someone edits the year.
		rules: { "obsidianmd/validate-license": ["error", { disableUnchangedYear: true }] },
	},

	// Tests: type-checked like the sources, but they may print, use fetch/timers/globalThis and poke at loosely typed fakes.
	{
		files: ["tests/**/*.{ts,mts,cts}", "**/*.test.ts", "*.ts"],
		rules: {
			...obsidianmdOff,
			"obsidianmd/rule-custom-message": customMessageWithoutConsole,
			"no-restricted-globals": "off",
			"@typescript-eslint/no-explicit-any": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
			"@typescript-eslint/unbound-method": "off",
			"import/no-extraneous-dependencies": "off",
		},
	},

	// Build and maintenance scripts (plain JavaScript, not type-checked).
	{
		files: ["**/*.{js,mjs,cjs}"],
		rules: {
			...obsidianmdOff,
			"obsidianmd/rule-custom-message": customMessageWithoutConsole,
			"no-restricted-globals": "off",
			"import/no-extraneous-dependencies": "off",
		},
	},
	{
		files: ["**/*.cjs"],
		languageOptions: { sourceType: "commonjs" },
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);
