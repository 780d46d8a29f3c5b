// Settings rows for the weekly audit and CEO briefing: on/off, day, time, wait before a bottleneck, known vendors.
import { numberAt, textAt, toggleAt, type Group } from "../settings-rows";
import { weekday } from "./weekday";

/** The group the settings tab shows; pass `briefingSettingsGroups` as an extra group source. */
export function briefingSettingsGroups(): Group[] {
	return [
		{
			heading: "Weekly audit and CEO briefing",
			rows: [
				toggleAt(
					"briefing.enabled",
					"Write the briefing every week",
					"On the day and time below, or at the next start if this device was off. Only the device that executes approved requests (or the headless runner) writes it.",
				),
				{
					key: "briefing.day",
					kind: "text",
					name: "Day",
					desc: "Weekday of the briefing, e.g. Monday. It covers the seven days before.",
					placeholder: () => "Monday",
					get: (s) => s.briefing.day.charAt(0).toUpperCase() + s.briefing.day.slice(1),
					set: (c, v) => (c.briefing.day = weekday(v)),
				},
				textAt("briefing.time", { name: "Time", desc: "Local time, 24-hour clock, e.g. 07:00.", placeholder: () => "07:00" }),
				numberAt("briefing.waitHours", { name: "Bottleneck after (hours)", desc: "An item waiting longer than this in the action or approval folders is listed as a bottleneck.", min: 1, step: 1 }),
				{
					key: "briefing.knownVendors",
					kind: "text",
					name: "Known subscription vendors",
					desc: "Comma-separated; each is a name as it appears on the bank statement or bill, optionally with a category (Figma = design). Two tools of one category count as overlapping.",
					get: (s) => s.briefing.knownVendors.join(", "),
					set: (c, v) =>
						(c.briefing.knownVendors = v
							.split(",")
							.map((x) => x.trim())
							.filter((x) => x !== "")),
				},
			],
		},
	];
}
