// Each guard rule's examples are its documentation and its tests.
import { describe, expect, it } from "vitest";
import { GUARD_RULES } from "../../../src/core/guard/rules";
import type { GuardContext } from "../../../src/core/guard/types";

const base: GuardContext = { confidential: [], ownAddresses: [] };

describe.each(GUARD_RULES.map((r) => [r.id, r] as const))("guard rule %s", (_id, rule) => {
	it("has examples that fire and examples that do not", () => {
		expect(rule.examples.some((e) => e.hit)).toBe(true);
		expect(rule.examples.some((e) => !e.hit)).toBe(true);
	});
	it.each(rule.examples.map((e) => [e.hit ? "flags" : "lets through", e.text, e] as const))("%s %j", (_verb, _text, example) => {
		const found = rule.find(example.text, { ...base, ...example.context });
		expect(found.length > 0).toBe(example.hit);
	});
});
