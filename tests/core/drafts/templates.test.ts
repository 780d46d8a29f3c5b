// The owner's post templates: headings per event kind, unknown placeholders reported with their line.
import { describe, expect, it } from "vitest";
import { fill, parseTemplates } from "../../../src/core/drafts/templates";
import { POST_TEMPLATES_TEMPLATE } from "../../../src/core/layout/templates";
import { postPermissions } from "../../../src/core/drafts/permissions";

describe("post templates", () => {
	it("reads the starter templates without problems", () => {
		const set = parseTemplates(POST_TEMPLATES_TEMPLATE);
		expect(set.problems).toEqual([]);
		expect(new Set(set.templates.map((t) => t.kind))).toEqual(new Set(["project", "milestone", "invoice_paid", "goal"]));
	});

	it("a template with an unknown placeholder is an error naming the line and the allowed ones, and is not used", () => {
		const set = parseTemplates("## project\n- Done: {project} for {customer}!\n- Shipped {project}");
		expect(set.problems).toEqual([{ line: 2, message: "unknown placeholder {customer} in a project template; use {project}, {client}" }]);
		expect(set.templates.map((t) => t.text)).toEqual(["Shipped {project}"]);
	});

	it("fills placeholders, and gives up when the event lacks a value", () => {
		expect(fill("Shipped {project}", { project: "Site" })).toBe("Shipped Site");
		expect(fill("Paid: {amount}", { client: "a client" })).toBeNull();
	});

	it("client names and amounts are allowed only by an explicit handbook line", () => {
		expect(postPermissions("# Handbook")).toEqual({ clients: false, amounts: false });
		expect(postPermissions("- Posts may name clients: yes\n- Posts may mention amounts: no")).toEqual({ clients: true, amounts: false });
	});
});
